/**
 * Reading the UN's CSV files row by row, with the line of each row, for the fatality importer.
 */
package io.github.peacekeeping.examples.csv;
