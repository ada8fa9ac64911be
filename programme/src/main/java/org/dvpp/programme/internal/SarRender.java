package org.dvpp.programme.internal;

import java.time.Instant;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.programme.SubjectAccess;
import org.dvpp.reporting.internal.HtmlOut;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON and HTML forms of a subject access bundle. The HTML page is the reporting module's self-contained page
 * (its Content-Security-Policy, styles and escaping): every value is escaped once, here, at the output.
 */
public final class SarRender {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SarRender() {
    }

    /**
     * @param subjectKind {@code participant} or {@code person-at-risk}
     * @param subject his reference, or her id
     * @param agency the agency
     * @param producedAt when
     * @param sections the records
     * @param withheld what was withheld
     * @param review what needs review
     * @return pretty-printed JSON
     */
    public static String json(String subjectKind, String subject, AgencyId agency, Instant producedAt,
            List<SubjectAccess.Section> sections, List<SubjectAccess.Withheld> withheld,
            List<SubjectAccess.ReviewFlag> review) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("bundle", "subject-access");
        ObjectNode s = o.putObject("subject");
        s.put("kind", subjectKind);
        s.put("id", subject);
        o.put("agency", agency.value().toString());
        o.put("producedAt", producedAt.toString());
        ArrayNode secs = o.putArray("sections");
        for (SubjectAccess.Section sec : sections) {
            ObjectNode so = secs.addObject();
            so.put("title", sec.title());
            ArrayNode entries = so.putArray("entries");
            for (SubjectAccess.Entry e : sec.entries()) {
                ObjectNode eo = entries.addObject();
                eo.put("kind", e.kind());
                eo.put("id", e.id());
                ObjectNode fields = eo.putObject("fields");
                e.fields().forEach(f -> fields.put(f.name(), f.value()));
            }
        }
        ArrayNode w = o.putArray("withheld");
        for (SubjectAccess.Withheld x : withheld) {
            ObjectNode wo = w.addObject();
            wo.put("section", x.section());
            wo.put("kind", x.kind());
            x.recordId().ifPresent(id -> wo.put("recordId", id));
            wo.put("field", x.field());
            wo.put("exemption", x.exemption().name());
            wo.put("basis", x.exemption().basis());
        }
        ArrayNode r = o.putArray("forReview");
        for (SubjectAccess.ReviewFlag x : review) {
            ObjectNode ro = r.addObject();
            ro.put("section", x.section());
            ro.put("kind", x.kind());
            x.recordId().ifPresent(id -> ro.put("recordId", id));
            ro.put("field", x.field());
            ro.put("reason", x.reason());
            ro.put("withheld", x.withheld());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }

    /**
     * @param title the page title
     * @param agency the agency
     * @param producedAt when
     * @param sections the records
     * @param withheld what was withheld
     * @param review what needs review
     * @return one self-contained HTML page
     */
    public static String html(String title, AgencyId agency, Instant producedAt, List<SubjectAccess.Section> sections,
            List<SubjectAccess.Withheld> withheld, List<SubjectAccess.ReviewFlag> review) {
        StringBuilder b = new StringBuilder(32_000);
        b.append(HtmlOut.head(title, "th{text-align:left;background:#eee}td.v{white-space:pre-wrap}"
                + "h2{font-size:1.2em;margin-top:1.5em}.review{border:2px solid #a00;padding:.5em 1em}"
                + "@media print{@page{size:A4 portrait;margin:15mm}table{break-inside:auto}"
                + "tr{break-inside:avoid;page-break-inside:avoid}.review{display:none}}"));
        b.append("<h1>").append(HtmlOut.esc(title)).append("</h1><p class=\"note\">Produced ")
                .append(HtmlOut.esc(producedAt.toString())).append(" by agency ")
                .append(HtmlOut.esc(agency.value().toString()))
                .append(". Information about other people is withheld; each withheld item is listed at the end with "
                        + "the exemption it falls under.</p>");
        b.append("<nav><ul>");
        int n = 0;
        for (SubjectAccess.Section s : sections) {
            b.append("<li><a href=\"#s").append(n++).append("\">").append(HtmlOut.esc(s.title())).append("</a> (")
                    .append(s.entries().size()).append(")</li>");
        }
        b.append("<li><a href=\"#withheld\">Withheld</a> (").append(withheld.size()).append(")</li></ul></nav>");
        n = 0;
        for (SubjectAccess.Section s : sections) {
            b.append("<h2 id=\"s").append(n++).append("\">").append(HtmlOut.esc(s.title())).append("</h2>");
            for (SubjectAccess.Entry e : s.entries()) {
                b.append("<table><caption>").append(HtmlOut.esc(e.kind()));
                if (!e.id().isEmpty()) {
                    b.append(" ").append(HtmlOut.esc(e.id()));
                }
                b.append("</caption><tbody>");
                for (SubjectAccess.Field f : e.fields()) {
                    b.append("<tr><th scope=\"row\">").append(HtmlOut.esc(f.name())).append("</th><td class=\"v\">")
                            .append(HtmlOut.esc(f.value())).append("</td></tr>");
                }
                b.append("</tbody></table>");
            }
        }
        b.append("<h2 id=\"withheld\">Withheld</h2>");
        if (withheld.isEmpty()) {
            b.append("<p>Nothing was withheld.</p>");
        } else {
            b.append("<table><thead><tr><th>section</th><th>record</th><th>field</th><th>exemption</th></tr></thead>"
                    + "<tbody>");
            for (SubjectAccess.Withheld w : withheld) {
                b.append("<tr><td>").append(HtmlOut.esc(w.section())).append("</td><td>")
                        .append(HtmlOut.esc(w.kind() + w.recordId().map(id -> " " + id).orElse(" (if any)")))
                        .append("</td><td>").append(HtmlOut.esc(w.field().equals("*") ? "the whole record"
                                : w.field())).append("</td><td>").append(HtmlOut.esc(w.exemption().basis()))
                        .append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        if (!review.isEmpty()) {
            b.append("<div class=\"review\"><h2>For the reviewer, before release</h2><p class=\"note\">Not part of "
                    + "the bundle given to the data subject (hidden when printed).</p><table><thead><tr><th>section"
                    + "</th><th>record</th><th>field</th><th>why</th><th>in the bundle</th></tr></thead><tbody>");
            for (SubjectAccess.ReviewFlag r : review) {
                b.append("<tr><td>").append(HtmlOut.esc(r.section())).append("</td><td>")
                        .append(HtmlOut.esc(r.kind() + r.recordId().map(id -> " " + id).orElse("")))
                        .append("</td><td>").append(HtmlOut.esc(r.field())).append("</td><td>")
                        .append(HtmlOut.esc(r.reason())).append("</td><td>").append(r.withheld() ? "withheld"
                                : "included").append("</td></tr>");
            }
            b.append("</tbody></table></div>");
        }
        b.append("</body></html>\n");
        return b.toString();
    }
}
