package org.linli.rest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.ws.rs.Consumes;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.linli.common.NotFoundException;
import org.linli.common.PageRequest;
import org.linli.common.ValidationException;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.services.Channel;
import org.linli.services.Request;
import org.linli.services.RequestStatus;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;

/**
 * {@code /open311}: the service desk in the shape of Open311 GeoReport v2 ({@code services.json},
 * {@code requests.json}), for clients written against that standard. A request's location is a
 * Linli territory node, given as {@code address_id}; times carry the installation's offset.
 * Linli's own API ({@code /services}, {@code /requests}) says more: steps, dispatches, owners.
 */
@Doc(tag = "Open311")
@Path("/open311")
@Produces(MediaType.APPLICATION_JSON)
public class Open311Resource {
    private static final List<RequestStatus> OPEN = List.of(RequestStatus.RECEIVED, RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS);

    private final ServiceDesk desk;

    Open311Resource(ServiceDesk desk) {
        this.desk = desk;
    }

    @GET
    @Path("services.json")
    @Doc(id = "open311Services", summary = "GeoReport v2: the active services",
            answer = "service_code, service_name, description, metadata, type, keywords, group")
    public List<Map<String, Object>> services() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (Service service : desk.services().search(Map.of("active", "true"), PageRequest.of(0, PageRequest.MAX_SIZE)).items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("service_code", service.getCode());
            entry.put("service_name", service.getNameZh());
            entry.put("description", service.getNameEn());
            entry.put("metadata", false);
            entry.put("type", "realtime");
            entry.put("keywords", String.join(",", service.getDocuments()));
            entry.put("group", service.getCategory());
            services.add(entry);
        }
        return services;
    }

    @GET
    @Path("services/{code}.json")
    @Doc(id = "open311ServiceDefinition", summary = "GeoReport v2: a service definition (Linli services have no extra attributes)",
            answer = "service_code and attributes", problems = 404)
    public Map<String, Object> definition(@PathParam("code") String code) {
        List<Service> found = desk.services().search(Map.of("code", code), PageRequest.of(0, 1)).items();
        if (found.isEmpty()) {
            throw new NotFoundException("id", "service", code);
        }
        return Map.of("service_code", found.get(0).getCode(), "attributes", List.of());
    }

    @POST
    @Path("requests.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Doc(id = "open311CreateRequest", summary = "GeoReport v2: register a request; address_id is a Linli territory node",
            needs = Permission.REQUEST_WRITE, answer = "service_request_id and service_notice", problems = {400, 409})
    public List<Map<String, Object>> create(@FormParam("service_code") @Param(required = true) String serviceCode,
                                            @FormParam("address_id") @Param(value = "A Linli territory node's id", type = Long.class,
                                                    required = true) String addressId,
                                            @FormParam("lat") @Param(type = BigDecimal.class) String lat,
                                            @FormParam("long") @Param(type = BigDecimal.class) String lon,
                                            @FormParam("description") String description,
                                            @FormParam("first_name") String firstName,
                                            @FormParam("last_name") String lastName) {
        // Before the form's own checks, so that a caller who may not register requests hears 403 whatever they send.
        CallerContext.require(Permission.REQUEST_WRITE);
        Request request = new Request();
        request.setServiceCode(blankToNull(serviceCode));
        if (request.getServiceCode() == null) {
            throw new ValidationException("service_code", "required", "service_code is required");
        }
        request.setNodeId(Params.toLong("address_id", addressId));
        if (request.getNodeId() == null) {
            throw new ValidationException("address_id", "required", "address_id, the id of a Linli territory node, is required");
        }
        request.setDescription(blankToNull(description) == null ? "(Open311)" : description);
        request.setLatitude(decimal("lat", lat));
        request.setLongitude(decimal("long", lon));
        String name = String.join(" ", Stream.of(lastName, firstName)
                .filter(part -> part != null && !part.isBlank()).map(String::strip).toList());
        request.setRequesterName(name.isEmpty() ? null : name);
        request.setChannel(Channel.ONLINE);
        Request stored = desk.requests().create(request);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", String.valueOf(stored.getId()));
        answer.put("service_notice", "expected by " + offset(stored.getExpectedAt()));
        return List.of(answer);
    }

    @GET
    @Path("requests.json")
    @Doc(id = "open311Requests", summary = "GeoReport v2: requests", needs = Permission.REQUEST_READ,
            answer = "service_request_id, status, status_notes, service_code, description, agency_responsible, requested_datetime, "
                    + "updated_datetime, expected_datetime, address_id, lat, long", problems = 400)
    public List<Map<String, Object>> requests(
            @QueryParam("service_request_id") @Param("Comma-separated ids; the other filters are then ignored") String ids,
            @QueryParam("service_code") @Param("Of this service") String code,
            @QueryParam("start_date") @Param("Received on or after this date (W3C date-time)") String start,
            @QueryParam("end_date") @Param("Received on or before this date") String end,
            @QueryParam("status") @Param(value = "Open or closed", values = {"open", "closed"}) String status) {
        if (ids != null && !ids.isBlank()) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (String id : ids.split(",")) {
                try {
                    found.add(view(desk.requests().get(Params.toLong("service_request_id", id))));
                } catch (NotFoundException e) {
                    // Open311 lists what it finds.
                }
            }
            return found;
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("serviceCode", code);
        filters.put("from", date("start_date", start));
        filters.put("to", date("end_date", end));
        if (status != null && !status.isBlank()) {
            if (!status.equals("open") && !status.equals("closed")) {
                throw new ValidationException("status", "type", "status must be open or closed");
            }
            filters.put("open", String.valueOf(status.equals("open")));
        }
        return desk.requests().search(filters, PageRequest.of(0, PageRequest.MAX_SIZE)).items()
                .stream().map(Open311Resource::view).toList();
    }

    @GET
    @Path("requests/{id}.json")
    @Doc(id = "open311Request", summary = "GeoReport v2: one request", needs = Permission.REQUEST_READ, answer = "The request, alone in a list",
            problems = 404)
    public List<Map<String, Object>> request(@PathParam("id") long id) {
        return List.of(view(desk.requests().get(id)));
    }

    /** A request with the names GeoReport v2 gives its fields. */
    static Map<String, Object> view(Request request) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("service_request_id", String.valueOf(request.getId()));
        view.put("status", OPEN.contains(request.getStatus()) ? "open" : "closed");
        view.put("status_notes", request.getStatusNotes());
        view.put("service_code", request.getServiceCode());
        view.put("description", request.getDescription());
        view.put("agency_responsible", request.getAgencyResponsible());
        view.put("requested_datetime", offset(request.getReceivedAt()));
        view.put("updated_datetime", offset(Stream.of(request.getReceivedAt(), request.getCompletedAt(), request.getNotifiedAt())
                .filter(t -> t != null).max(LocalDateTime::compareTo).orElse(null)));
        view.put("expected_datetime", offset(request.getExpectedAt()));
        view.put("address_id", String.valueOf(request.getNodeId()));
        view.put("lat", request.getLatitude());
        view.put("long", request.getLongitude());
        return view;
    }

    private static String offset(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The date of an Open311 date-time, such as {@code 2026-11-01T00:00:00+08:00}, or of a plain date. */
    private static String date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() <= 10 ? LocalDate.parse(text).toString()
                    : OffsetDateTime.parse(text).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "type", name + " must be a W3C date-time such as 2026-11-01T00:00:00+08:00");
        }
    }

    private static BigDecimal decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "type", name + " must be a decimal number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
