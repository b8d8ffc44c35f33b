package dev.retort.bench.jmh;

import dev.retort.revision.Revision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Generated revisions for the benchmarks: ids, graphs in memory, and files as bench/upgradegen.py writes them. */
final class Revisions {

    private Revisions() {
    }

    static List<String> ids(int count) {
        Random random = new Random(1);
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>(count);
        while (ids.size() < count) {
            String id = String.format("%012x", random.nextLong() & 0xffff_ffff_ffffL);
            if (seen.add(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    static List<Revision> linear(int count) {
        List<String> ids = ids(count);
        List<Revision> revisions = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            revisions.add(n == 0 ? Revision.of(ids.get(0)) : Revision.of(ids.get(n), ids.get(n - 1)));
        }
        return revisions;
    }

    /** A trunk with 20 forks of three branches of equal length, each fork merged back; every 50th trunk
     * revision depends on the trunk revision 10 before it. */
    static List<Revision> branchy(int count) {
        List<String> ids = ids(count);
        List<Revision> revisions = new ArrayList<>(count);
        int forks = 20;
        int branchLength = count / (forks * 3 * 2);
        int next = 0;
        String head = null;
        List<String> trunk = new ArrayList<>();
        for (int f = 0; f < forks && next < count; f++) {
            int segment = (count - forks * (3 * branchLength + 1)) / forks;
            for (int i = 0; i < segment; i++) {
                String id = ids.get(next++);
                Revision r = head == null ? Revision.of(id) : Revision.of(id, head);
                if (trunk.size() > 10 && trunk.size() % 50 == 0) {
                    r = r.withDependsOn(trunk.get(trunk.size() - 10));
                }
                revisions.add(r);
                trunk.add(id);
                head = id;
            }
            String[] tips = new String[3];
            for (int b = 0; b < 3; b++) {
                String tip = head;
                for (int i = 0; i < branchLength; i++) {
                    String id = ids.get(next++);
                    revisions.add(Revision.of(id, tip));
                    tip = id;
                }
                tips[b] = tip;
            }
            String merge = ids.get(next++);
            revisions.add(Revision.of(merge, tips));
            trunk.add(merge);
            head = merge;
        }
        while (next < count) {
            String id = ids.get(next++);
            revisions.add(Revision.of(id, head));
            head = id;
        }
        return revisions;
    }

    static String javaFile(int n, String id, String parent) {
        String table = "t_" + ((n + 2) / 3);
        return "import static dev.retort.api.Schema.*;\n\n"
                + "import dev.retort.api.Migration;\nimport dev.retort.api.Operations;\nimport dev.retort.api.Revision;\n\n"
                + "@Revision(\n        id = \"" + id + "\",\n        revises = {" + (parent == null ? "" : "\"" + parent + "\"")
                + "},\n        message = \"step " + n + "\",\n        createDate = \"2026-12-04 00:00:00.000000\")\n"
                + "class Step" + n + "_" + id + " implements Migration {\n\n"
                + "    @Override\n    public void upgrade(Operations op) {\n        op.addColumn(\"" + table
                + "\", column(\"note\", INTEGER));\n    }\n\n"
                + "    @Override\n    public void downgrade(Operations op) {\n        op.dropColumn(\"" + table
                + "\", \"note\");\n    }\n}\n";
    }

    static String sqlFile(int n, String id, String parent) {
        String table = "t_" + ((n + 2) / 3);
        return "-- step " + n + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + (parent == null ? "" : parent)
                + "\n-- Create Date: 2026-12-04 00:00:00.000000\n\n-- retort:upgrade\nALTER TABLE " + table
                + " ADD COLUMN note INTEGER;\n\n-- retort:downgrade\nALTER TABLE " + table + " DROP COLUMN note;\n";
    }
}
