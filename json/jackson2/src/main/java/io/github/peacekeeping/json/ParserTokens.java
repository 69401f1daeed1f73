package io.github.peacekeeping.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.peacekeeping.json.internal.Positions;
import io.github.peacekeeping.json.internal.Problems;
import io.github.peacekeeping.json.internal.ReadFailure;
import io.github.peacekeeping.json.internal.Symbol;
import io.github.peacekeeping.json.internal.Token;
import io.github.peacekeeping.json.internal.TokenReader;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Jackson 2's parser as the format's {@link TokenReader}: its tokens mapped, its errors (malformed
 * JSON, limits, invalid encodings) turned into the format's {@link ReadFailure} where they happen.
 *
 * <p>This class is not thread-safe, like the parser it reads.
 */
final class ParserTokens implements TokenReader {

    private static final Token[] TOKENS = new Token[JsonToken.values().length];

    static {
        TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
        TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
        TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
        TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
        TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.NAME;
        TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
        TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
        TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
        TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
        TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
        TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
        // VALUE_EMBEDDED_OBJECT and NOT_AVAILABLE: not from a JSON parser of text or bytes; read as
        // a string, they are refused by whatever expected another token.
        TOKENS[JsonToken.VALUE_EMBEDDED_OBJECT.ordinal()] = Token.STRING;
    }

    private final JsonParser parser;
    /** The parser of text or bytes, or null for another parser, such as a tree's. */
    private final ParserBase base;

    ParserTokens(JsonParser parser) {
        this.parser = parser;
        this.base = parser instanceof ParserBase ? (ParserBase) parser : null;
    }

    JsonParser parser() {
        return parser;
    }

    private static Token token(JsonToken token) {
        return token == null ? null : TOKENS[token.ordinal()];
    }

    @Override
    public Token next() throws IOException {
        try {
            return token(parser.nextToken());
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public String nextName() throws IOException {
        try {
            return parser.nextFieldName();
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public String nextName(Symbol expected) throws IOException {
        try {
            if (parser.nextFieldName(GeneratorTokens.SYMBOLS[expected.id()])) {
                return expected.text();
            }
            return parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public Token current() {
        return token(parser.currentToken());
    }

    @Override
    public String text() throws IOException {
        try {
            return parser.getText();
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public char[] textCharacters() throws IOException {
        try {
            return parser.getTextCharacters();
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public int textOffset() throws IOException {
        try {
            return parser.getTextOffset();
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public int textLength() throws IOException {
        try {
            return parser.getTextLength();
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean isInt() throws IOException {
        try {
            return parser.getNumberType() == JsonParser.NumberType.INT;
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public int intValue() throws IOException {
        try {
            return parser.getIntValue();
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public BigDecimal decimalValue() throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public void skipChildren() throws IOException {
        try {
            parser.skipChildren();
        } catch (JsonProcessingException | CharConversionException e) {
            throw failure(e);
        }
    }

    @Override
    public long position() {
        // The parser's own fields, where it has them: currentTokenLocation() makes an object at each call,
        // and the readers ask the position of every value. Its column is the token's column + 1.
        if (base != null && parser.currentToken() != JsonToken.FIELD_NAME) {
            int column = base.getTokenColumnNr();
            if (column > 0) {
                return Positions.of(base.getTokenLineNr(), column - 1);
            }
        }
        return position(parser.currentTokenLocation());
    }

    @Override
    public long location() {
        return position(parser.currentLocation());
    }

    private static long position(JsonLocation location) {
        return location == null ? Positions.UNKNOWN : Positions.of(location.getLineNr(), location.getColumnNr());
    }

    private JsonStreamContext context(int level) {
        JsonStreamContext context = parser.getParsingContext();
        for (int up = depth() - level; up > 0; up--) {
            context = context.getParent();
        }
        return context;
    }

    @Override
    public int depth() {
        // Counted, not getNestingDepth(): the contexts of a parser of a tree (TreeTraversingParser) do not keep it.
        int depth = 0;
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            depth++;
        }
        return depth;
    }

    @Override
    public boolean inArray(int level) {
        return context(level).inArray();
    }

    @Override
    public int index(int level) {
        JsonStreamContext context = context(level);
        return context.hasCurrentIndex() ? context.getCurrentIndex() : -1;
    }

    @Override
    public String name(int level) {
        return context(level).getCurrentName();
    }

    /** Turns an error of the parser into the format's, with the path where it happened. */
    ReadFailure failure(IOException e) {
        if (e instanceof CharConversionException) {
            return Problems.undecodable((CharConversionException) e, this);
        }
        JsonProcessingException error = (JsonProcessingException) e;
        Problems.ParserError kind = error instanceof JsonEOFException ? Problems.ParserError.END_OF_INPUT
                : error instanceof StreamConstraintsException ? Problems.ParserError.LIMIT
                : String.valueOf(error.getOriginalMessage()).startsWith("Duplicate field")
                        ? Problems.ParserError.DUPLICATE
                : Problems.ParserError.MALFORMED;
        return Problems.parser(kind, error.getOriginalMessage(), position(error.getLocation()), this, e);
    }
}
