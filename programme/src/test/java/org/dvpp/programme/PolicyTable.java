package org.dvpp.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dvpp.domain.DataClass;

/** The access-policy table as the programme module's README documents it, read from the Markdown. */
record PolicyTable(Map<Permission, Set<Role>> grants, Map<DataClass, Set<Role>> readers) {

    static PolicyTable read(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        Map<Permission, Set<Role>> grants = new EnumMap<>(Permission.class);
        Map<DataClass, Set<Role>> readers = new EnumMap<>(DataClass.class);
        boolean any = false;
        // one table or several (a role may have a table of its own); a role missing from a table is denied its rows
        for (int header = 0; header < lines.size(); header++) {
            if (lines.get(header).startsWith("| operation or data class |")) {
                any = true;
                table(lines, header, grants, readers);
            }
        }
        if (!any) {
            throw new AssertionError("no policy table in " + readme);
        }
        return new PolicyTable(grants, readers);
    }

    private static void table(List<String> lines, int header, Map<Permission, Set<Role>> grants,
            Map<DataClass, Set<Role>> readers) {
        List<Role> columns = new ArrayList<>();
        for (String cell : cells(lines.get(header)).subList(1, cells(lines.get(header)).size())) {
            columns.add(Role.valueOf(cell));
        }
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> row = cells(lines.get(i));
            String name = row.get(0).replace("`", "");
            Set<Role> yes = EnumSet.noneOf(Role.class);
            for (int c = 0; c < columns.size(); c++) {
                String v = row.get(c + 1);
                if (v.equals("allow") || v.equals("read")) {
                    yes.add(columns.get(c));
                } else if (!v.equals("deny") && !v.equals("withheld")) {
                    throw new AssertionError("unknown cell '" + v + "' in row " + name);
                }
            }
            if (name.startsWith("read ")) {
                readers.computeIfAbsent(DataClass.valueOf(name.substring(5)), c -> EnumSet.noneOf(Role.class))
                        .addAll(yes);
            } else {
                grants.computeIfAbsent(Permission.valueOf(name), p -> EnumSet.noneOf(Role.class)).addAll(yes);
            }
        }
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
            out.add(c.trim());
        }
        return out;
    }

    Set<Permission> operations() {
        return grants.keySet();
    }

    Set<DataClass> dataClasses() {
        return readers.keySet();
    }

    boolean allows(Role role, Permission p) {
        return grants.getOrDefault(p, Set.of()).contains(role);
    }

    boolean reads(Role role, DataClass c) {
        return readers.getOrDefault(c, Set.of()).contains(role);
    }
}
