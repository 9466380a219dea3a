package org.linli.rest.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.linli.apitokens.ApiTokenService;
import org.linli.audit.AuditLog;
import org.linli.database.Database;
import org.linli.grids.GridPlanner;
import org.linli.imports.ImportService;
import org.linli.organisations.OrganisationService;
import org.linli.policy.PolicyService;
import org.linli.records.Register;
import org.linli.residents.ResidentService;
import org.linli.security.Authenticator;
import org.linli.security.Sessions;
import org.linli.security.SignInLocks;
import org.linli.security.TokenAuthenticator;
import org.linli.security.cxf.DoorGuard;
import org.linli.services.ServiceDesk;
import org.linli.staff.StaffService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Publishes the REST door at {@code /api/v1} on CXF's servlet. The resources only translate
 * between HTTP and the OSGi services, where every rule lives.
 */
@Component(immediate = true)
public class RestEndpoint {
    static final String ADDRESS = "/api/v1";
    /** No Linli resource nests deeper than a household with its members. */
    static final int MAX_JSON_DEPTH = 16;
    /** Longer than any field of any resource, shorter than a body limit. */
    static final int MAX_JSON_STRING = 100_000;
    private static final ObjectMapper JSON = objectMapper();

    @Reference
    private ResidentService residents;
    @Reference
    private OrganisationService organisations;
    @Reference
    private StaffService staff;
    @Reference
    private ServiceDesk serviceDesk;
    @Reference
    private PolicyService policy;
    @Reference
    private GridPlanner grids;
    @Reference
    private AuditLog audit;
    @Reference
    private ImportService imports;
    @Reference
    private Authenticator authenticator;
    @Reference
    private SignInLocks signInLocks;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Database database;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TokenAuthenticator tokens;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApiTokenService tokenService;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Sessions sessions;

    private final Kinds kinds = new Kinds();
    private Server server;

    /** Every register's kinds are served as they come and go, without restarting the door. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRegister(Register register) {
        kinds.add(register);
    }

    void removeRegister(Register register) {
        kinds.remove(register);
    }

    @Activate
    void activate(BundleContext context) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(ADDRESS);
        List<Object> resources = resources(context);
        factory.setServiceBeans(resources);
        factory.setProviders(List.of(new JacksonJsonProvider(JSON), new ProblemMapper(),
                new WebApplicationProblemMapper(), new Compression()));
        DoorGuard.rest(factory, authenticator, () -> tokens, () -> sessions, ADDRESS + "/imports/");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(RestEndpoint.class.getClassLoader());
        try {
            server = factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The door's resources, {@code /openapi.json} last, describing the others. */
    List<Object> resources(BundleContext context) {
        List<Object> resources = new ArrayList<>(List.of(
                new TerritoryResource(kinds, JSON),
                new RevealResource(residents),
                new KindsResource(kinds),
                new KindResource(kinds, JSON),
                new CrossHoldersResource(organisations),
                new AuditResource(audit),
                new TokenResource(() -> tokenService),
                new SignInLockResource(signInLocks),
                new SessionResource(() -> sessions),
                new HealthResource(context, () -> database)));
        resources.addAll(StaffResources.all(staff));
        resources.addAll(ImportResources.all(imports));
        resources.addAll(ServiceDeskResources.all(serviceDesk));
        resources.addAll(PolicyResources.all(policy));
        resources.addAll(GridResources.all(grids));
        // The resources of the kinds are described kind by kind, from their descriptions.
        List<Class<?>> described = Stream.concat(resources.stream().map(Object::getClass), Stream.of(OpenApiResource.class))
                .filter(resource -> !KindResource.class.isAssignableFrom(resource)).toList();
        resources.add(new OpenApiResource(new OpenApiDocument(JSON, described), kinds));
        return resources;
    }

    @Deactivate
    void deactivate() {
        server.destroy();
    }

    /**
     * Strict JSON: unknown fields, values of the wrong type (no number for a text, no text for a
     * number, no number for an enum or a date) and nesting deeper than a resource needs are errors; dates
     * are ISO-8601 text; absent values are left out.
     */
    static ObjectMapper objectMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_JSON_DEPTH).maxStringLength(MAX_JSON_STRING).maxNumberLength(40).build())
                .build();
        ObjectMapper mapper = JsonMapper.builder(factory)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // Dates and times are ISO-8601 text only: no day numbers (-1 would be 1969-12-31), no arrays.
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.configOverride(LocalTime.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.configOverride(LocalDateTime.class).setFormat(JsonFormat.Value.forLeniency(false));
        return mapper
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
