package io.github.peacekeeping.json.deser;

import static io.github.peacekeeping.core.FieldNames.CATEGORY;
import static io.github.peacekeeping.core.FieldNames.CONTRIBUTOR;
import static io.github.peacekeeping.core.FieldNames.DATE;
import static io.github.peacekeeping.core.FieldNames.FEMALE;
import static io.github.peacekeeping.core.FieldNames.TOTAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.PersonnelCategory;
import java.io.IOException;
import java.util.List;

/**
 * Reads a {@link Deployment} of any category; inside a component, the component's categories only.
 * This class is immutable and thread-safe.
 */
final class DeploymentDeserializer extends PeacekeepingDeserializer<Deployment<?>> {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of(CONTRIBUTOR, CATEGORY, DATE, TOTAL, FEMALE);
    private static final int F_CONTRIBUTOR = 1;
    private static final int F_CATEGORY = 1 << 1;
    private static final int F_DATE = 1 << 2;
    private static final int F_TOTAL = 1 << 3;
    private static final int F_FEMALE = 1 << 4;
    private static final int REQUIRED = F_CONTRIBUTOR | F_CATEGORY | F_DATE | F_TOTAL;

    DeploymentDeserializer() {
        super(Deployment.class, LogicalType.POJO);
    }

    @Override
    Deployment<?> read(JsonParser p, boolean strict, String field) throws IOException {
        return readDeployment(p, strict, field, Names.CATEGORY, null);
    }

    /**
     * Reads a deployment.
     *
     * @param categories  the categories accepted
     * @param categoryAt  where to store the position of the category, or null
     */
    static Deployment<PersonnelCategory> readDeployment(JsonParser p, boolean strict, String field,
            Names<? extends PersonnelCategory> categories, long[] categoryAt) throws IOException {
        String name = Tokens.startObject(p, field);
        long start = Errors.position(p);
        Deployment.Builder<PersonnelCategory> deployment = Deployment.builder();
        int seen = 0;
        long totalAt = Errors.NOT_SEEN;
        long femaleAt = Errors.NOT_SEEN;
        for (; name != null; name = p.nextFieldName()) {
            switch (name) {
                case CONTRIBUTOR:
                    seen = Tokens.field(p, seen, F_CONTRIBUTOR);
                    deployment.contributor(Tokens.country(p, CONTRIBUTOR));
                    break;
                case CATEGORY:
                    seen = Tokens.field(p, seen, F_CATEGORY);
                    if (categoryAt != null) {
                        categoryAt[0] = Errors.position(p);
                    }
                    deployment.category(categories.read(p, CATEGORY));
                    break;
                case DATE:
                    seen = Tokens.field(p, seen, F_DATE);
                    deployment.date(Tokens.date(p, DATE));
                    break;
                case TOTAL:
                    seen = Tokens.field(p, seen, F_TOTAL);
                    totalAt = Errors.position(p);
                    deployment.total(Tokens.integer(p, TOTAL));
                    break;
                case FEMALE:
                    seen = Tokens.field(p, seen, F_FEMALE);
                    femaleAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        deployment.female(Tokens.integer(p, FEMALE));
                    }
                    break;
                default:
                    Tokens.unknown(p, strict, FIELDS);
            }
        }
        Tokens.required(p, seen, REQUIRED, FIELDS, start);
        try {
            return deployment.build();
        } catch (PeacekeepingException e) {
            long at;
            switch (e.field()) {
                case TOTAL: at = totalAt; break;
                case FEMALE: at = femaleAt; break;
                default: at = Errors.NOT_SEEN;
            }
            throw Errors.refused(p, e, at, start);
        }
    }
}
