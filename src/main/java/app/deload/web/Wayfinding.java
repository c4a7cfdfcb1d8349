package app.deload.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where a team, athlete, session or test page sits: the breadcrumb back to the teams list and the team's
 * sub-navigation. Fed while the page's resource checks access (see {@code Access}), so a page that was refused
 * shows neither; the page's own part comes from its address. Pages outside a team show nothing.
 */
@Named("wayfinding")
@RequestScoped
public class Wayfinding {

    /** A step of the breadcrumb, or an entry of the team navigation. */
    public record Link(String label, String href, boolean current) {
    }

    /** The team's pages, in the order a coach's week uses them: the first segment after /teams/{id}. */
    private static final List<String[]> TEAM_PAGES = List.of(new String[] { "Athletes", "" },
            new String[] { "Signals", "signals", "trends", "proposals" }, new String[] { "Today", "today" },
            new String[] { "Sessions", "sessions" }, new String[] { "Plan", "plan", "template" },
            new String[] { "Calendar", "calendar" }, new String[] { "Compliance", "compliance" },
            new String[] { "Tests", "tests" }, new String[] { "Import", "import", "export" },
            new String[] { "Thresholds", "thresholds" });

    /** The name of a page below a team, athlete, session or test page, by its address's segment. */
    private static final Map<String, String> PAGE_NAMES = Map.ofEntries(Map.entry("signals", "Signals"),
            Map.entry("trends", "Squad trends"), Map.entry("proposals", "Proposals"),
            Map.entry("today", "Today's decisions"), Map.entry("sessions", "Sessions"), Map.entry("plan", "Plan"),
            Map.entry("calendar", "Calendar"), Map.entry("compliance", "Compliance"), Map.entry("tests", "Tests"),
            Map.entry("import", "Import"), Map.entry("export", "Export"), Map.entry("thresholds", "Thresholds"),
            Map.entry("reminders", "Reminders"), Map.entry("metrics", "Signals"), Map.entry("charts", "Charts"),
            Map.entry("wellness", "Wellness"), Map.entry("week", "Week"), Map.entry("new", "New"),
            Map.entry("edit", "Edit"), Map.entry("close", "Attendance and ratings"),
            Map.entry("results", "Results"), Map.entry("individual", "Individual plan"),
            Map.entry("events", "Events"), Map.entry("feeds", "Calendar feeds"),
            Map.entry("template", "Week template"), Map.entry("generate", "Generate sessions"));

    @Inject
    CurrentVertxRequest request;

    private Long teamId;
    private String teamName;
    private ZoneId teamZone;
    private boolean managesTeam;
    private Long athleteId;
    private String athleteName;
    private String itemLabel;
    private String itemBase;
    private String itemHref;
    private String itemSection;

    /** The page belongs to this team; {@code manages} when the caller coaches it (or is an admin). */
    public void team(long id, String name, ZoneId zone, boolean manages) {
        if (teamId == null) {
            teamId = id;
            teamName = name;
            teamZone = zone;
            managesTeam = manages;
        }
    }

    /** The page is about this athlete (of the team given to {@link #team}). */
    public void athlete(long id, String name) {
        if (athleteId == null) {
            athleteId = id;
            athleteName = name;
        }
    }

    /**
     * The page is about one item of a team's page (a session, a performance test) whose pages live under
     * {@code base}, shown first at {@code href}, and listed on the team's {@code section} page.
     */
    public void item(String label, String base, String href, String section) {
        itemLabel = label;
        itemBase = base;
        itemHref = href;
        itemSection = section;
    }

    public boolean isShown() {
        return teamId != null;
    }

    /** Teams › team › section or athlete › item › page; an athlete's own pages start at their name. */
    public List<Link> getCrumbs() {
        if (teamId == null) {
            return List.of();
        }
        String path = path();
        String teamHref = "/teams/" + teamId;
        List<Link> crumbs = new ArrayList<>();
        if (managesTeam) {
            crumbs.add(new Link("Teams", "/teams", false));
            crumbs.add(new Link(teamName, teamHref, false));
        }
        String base = teamHref;
        if (athleteId != null) {
            base = "/athletes/" + athleteId;
            crumbs.add(new Link(athleteName, managesTeam ? base : "/me", false));
        } else if (itemLabel != null) {
            crumbs.add(new Link(PAGE_NAMES.get(itemSection), teamHref + "/" + itemSection, false));
            crumbs.add(new Link(itemLabel, itemHref, false));
            base = itemBase;
        }
        String rest = after(path, base);
        String href = base;
        for (String segment : rest.isEmpty() ? new String[0] : rest.split("/")) {
            href = href + "/" + segment;
            String name = PAGE_NAMES.get(segment);
            String at = href;
            if (name != null && crumbs.stream().noneMatch(c -> c.href().equals(at))) {
                crumbs.add(new Link(name, href, false));
            }
        }
        int current = crumbs.size() - 1;
        for (int i = 0; i < crumbs.size(); i++) {
            if (crumbs.get(i).href().equals(path)) {
                current = i;
            }
        }
        Link page = crumbs.get(current);
        crumbs.set(current, new Link(page.label(), page.href(), true));
        return crumbs.subList(0, current + 1);
    }

    /** The team's pages, the one this page belongs to marked; none for a caller who does not manage the team. */
    public List<Link> getTeamLinks() {
        if (teamId == null || !managesTeam) {
            return List.of();
        }
        String section = athleteId != null ? "" : itemSection != null ? itemSection : firstSegment(after(path(), "/teams/" + teamId));
        List<Link> links = new ArrayList<>();
        for (String[] page : TEAM_PAGES) {
            boolean current = false;
            for (int i = 1; i < page.length; i++) {
                current |= page[i].equals(section);
            }
            links.add(new Link(page[0], "/teams/" + teamId + (page[1].isEmpty() ? "" : "/" + page[1]), current));
        }
        return links;
    }

    /** "U19 · printed 2026-03-02 07:15 (Europe/Berlin)": the printed page's header. */
    public String getPrintHeader() {
        if (teamId == null) {
            return "";
        }
        ZonedDateTime now = ZonedDateTime.now(teamZone);
        return teamName + (athleteName == null ? "" : " · " + athleteName) + " · printed "
                + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " (" + teamZone.getId() + ")";
    }

    private String path() {
        var context = request.getCurrent();
        String path = context == null ? "" : context.normalizedPath();
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    private static String after(String path, String prefix) {
        return path.startsWith(prefix + "/") ? path.substring(prefix.length() + 1) : "";
    }

    private static String firstSegment(String rest) {
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
