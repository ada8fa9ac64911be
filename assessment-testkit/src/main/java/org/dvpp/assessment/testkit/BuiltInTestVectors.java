package org.dvpp.assessment.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The published scoring test vectors of the built-in instruments (INSTRUMENTS.md), as answer strings in the
 * {@code ITEM=VALUE,...} form the CLI takes, with expected outcomes. Used by the Java API tests and the CLI tests. Each
 * name carries the vector id and its source tag ([V], [V2], [D]).
 *
 * @since 0.1
 */
public final class BuiltInTestVectors {
    private BuiltInTestVectors() {
    }

    /**
     * One vector that yields a score.
     *
     * @param name vector id and source tag
     * @param instrument instrument id
     * @param answers answers as ITEM=VALUE,...
     * @param total expected total, or null for none
     * @param band expected band code, or null for none/any
     * @param flags flags that must be raised
     * @param noFlags flags that must not be raised
     * @param gate a gate code to check, or null
     * @param gateMet its expected outcome
     * @param subscales expected subscales as id=value,... (exact fractions), or empty
     */
    public record Vector(String name, String instrument, String answers, @Nullable String total, @Nullable String band,
            List<String> flags, List<String> noFlags, @Nullable String gate, boolean gateMet, String subscales) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * One vector that must be rejected.
     *
     * @param name vector id and source tag
     * @param instrument instrument id
     * @param answers answers as ITEM=VALUE,...
     * @param item the item the error must name
     * @param rule the rule the error must name
     */
    public record Invalid(String name, String instrument, String answers, String item, String rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * @param prefix item id prefix
     * @param csv values in item order
     * @return {@code prefix1=v1,prefix2=v2,...}
     */
    public static String items(String prefix, String csv) {
        String[] v = csv.split(",");
        return IntStream.range(0, v.length).mapToObj(i -> prefix + (i + 1) + "=" + v[i].strip())
                .collect(Collectors.joining(","));
    }

    /**
     * @param yes number of yes answers (first)
     * @param no number of no answers
     * @param dontKnow number of don't know answers (last)
     * @return answers to DASH Q1-Q24
     */
    public static String dash(int yes, int no, int dontKnow) {
        List<String> a = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            a.add(i < yes ? "y" : i < yes + no ? "n" : "dk");
        }
        if (yes + no + dontKnow != 24) {
            throw new IllegalArgumentException("24 answers");
        }
        return items("Q", String.join(",", a));
    }

    private static Vector v(String name, String instrument, String answers, @Nullable String total,
            @Nullable String band) {
        return new Vector(name, instrument, answers, total, band, List.of(), List.of(), null, false, "");
    }

    /** @return every scoring vector */
    public static List<Vector> scoring() {
        List<Vector> l = new ArrayList<>();
        // AUDIT (section 1)
        l.add(new Vector("AUD-1 [V2 awell]", "audit", items("Q", "4,1,2,3,3,1,4,2,2,2"), "24", "IV", List.of(),
                List.of(), null, false, "consumption=7,dependence=7,harm=10"));
        l.add(new Vector("AUD-2 [V2 awell]", "audit", items("Q", "0,0,0,0,0,0,0,0,0,0"), "0", "I", List.of(),
                List.of(), null, false, "consumption=0,dependence=0,harm=0"));
        l.add(new Vector("AUD-3 [V2 awell]", "audit", items("Q", "4,4,4,4,4,4,4,4,4,4"), "40", "IV", List.of(),
                List.of(), null, false, "consumption=12,dependence=12,harm=16"));
        // AUDIT-C UK and US (section 2)
        String[][] ac = {{"AC-1", "3,2,2", "7", "true", "true", "true"}, {"AC-2", "1,1,1", "3", "false", "false", "true"},
            {"AC-3", "2,1,1", "4", "false", "true", "true"}, {"AC-6", "4,4,4", "12", "true", "true", "true"},
            {"AC-7", "0,0,0", "0", "false", "false", "false"}};
        for (String[] a : ac) {
            boolean uk = Boolean.parseBoolean(a[3]);
            l.add(new Vector(a[0] + " UK [V2 clincalc]", "audit-c", items("Q", a[1]), a[2], uk ? "positive" : "negative",
                    List.of(), List.of(), "complete-full-audit", uk, ""));
            l.add(new Vector(a[0] + " US male [V clincalc]", "audit-c-us", items("Q", a[1]) + ",SEX=1", a[2], null,
                    List.of(), List.of(), "positive", Boolean.parseBoolean(a[4]), ""));
            l.add(new Vector(a[0] + " US female [V clincalc]", "audit-c-us", items("Q", a[1]) + ",SEX=2", a[2], null,
                    List.of(), List.of(), "positive", Boolean.parseBoolean(a[5]), ""));
        }
        // DAST-10 (section 3)
        l.add(v("DAST-1 [V2 awell, raw D]", "dast-10", items("Q", "y,n,n,y,n,n,y,n,n,n"), "4", "moderate"));
        l.add(v("DAST-3 reverse pitfall [D]", "dast-10", items("Q", "n,n,n,n,n,n,n,n,n,n"), "1", "low"));
        l.add(v("DAST-5 [V2 awell]", "dast-10", items("Q", "y,y,n,y,y,y,y,y,y,y"), "10", "severe"));
        l.add(v("DAST-6 [V2 awell]", "dast-10", items("Q", "y,y,n,y,y,n,n,n,n,n"), "5", "moderate"));
        // PHQ-9 (section 4)
        l.add(new Vector("PHQ-1 [V2 awell]", "phq-9", items("Q", "3,0,1,2,0,0,1,0,3"), "10", "moderate",
                List.of("self-harm"), List.of(), null, false, ""));
        l.add(new Vector("PHQ-2 [V2 clincalc]", "phq-9", items("Q", "2,2,1,1,1,0,1,0,0"), "8", "mild", List.of(),
                List.of("self-harm"), null, false, ""));
        l.add(new Vector("PHQ-3 [V2 clincalc]", "phq-9", items("Q", "0,0,0,0,0,0,0,0,3"), "3", "none-minimal",
                List.of("self-harm"), List.of(), null, false, ""));
        l.add(new Vector("PHQ-4 [V2]", "phq-9", items("Q", "3,3,3,3,3,3,3,3,3"), "27", "severe", List.of("self-harm"),
                List.of(), null, false, ""));
        l.add(new Vector("PHQ-5 [V2 awell]", "phq-9", items("Q", "0,0,0,0,0,0,0,0,0"), "0", "none-minimal", List.of(),
                List.of("self-harm"), null, false, ""));
        // GAD-7 (section 5)
        String[][] gad = {{"GAD-1 [V2 awell]", "3,0,1,2,0,0,1", "7", "mild", "false"},
            {"GAD-2 [V2 clincalc]", "2,2,2,1,1,1,2", "11", "moderate", "true"},
            {"GAD-3 [V2 clincalc]", "3,3,3,0,0,0,0", "9", "mild", "false"},
            {"GAD-4 [V2 clincalc]", "3,3,3,1,0,0,0", "10", "moderate", "true"},
            {"GAD-5 [V2 clincalc]", "2,2,2,1,1,1,1", "10", "moderate", "true"},
            {"GAD-6 [V2]", "3,3,3,3,3,3,3", "21", "severe", "true"}};
        for (String[] g : gad) {
            l.add(new Vector(g[0], "gad-7", items("Q", g[1]), g[2], g[3], List.of(), List.of(), "probable-gad",
                    Boolean.parseBoolean(g[4]), ""));
        }
        // URICA (section 6): UR-4 sums only are given (PC 9, C 30, A 26, M 18); answers derived [D]
        l.add(new Vector("UR-4 sums [V sums, answers D]", "urica", uricaUr4(), "65/7", null,
                List.of(), List.of(), null, false, "PC=9/7,C=30/7,A=26/7,M=18/7"));
        // Readiness ruler (section 7)
        l.add(new Vector("RR-1 [D]", "readiness-ruler", "IMP=7,CONF=4", null, null, List.of(), List.of(), null, false,
                "importance=7,confidence=4,gap=3"));
        l.add(new Vector("RR-3 lower bound [D]", "readiness-ruler", "IMP=0", null, null, List.of(), List.of(), null,
                false, "importance=0"));
        // DASH RIC (section 8)
        l.add(new Vector("DASH-1 [D]", "dash-ric", dash(14, 10, 0), "14", "high", List.of("visible-high-risk"),
                List.of(), "marac-referral", true, ""));
        l.add(new Vector("DASH-2 [D]", "dash-ric", dash(13, 11, 0), "13", "medium", List.of(),
                List.of("visible-high-risk"), "marac-referral", false, ""));
        l.add(new Vector("DASH-3 don't know = 0 [D]", "dash-ric", dash(13, 8, 3), "13", "medium", List.of(),
                List.of("visible-high-risk"), "marac-referral", false, ""));
        l.add(new Vector("DASH-4 professional judgement [D]", "dash-ric", dash(6, 18, 0)
                + ",PJ=y,PJ_REASONS=recent threats to kill and separation", "6", "standard",
                List.of("professional-judgement"), List.of("visible-high-risk"), "marac-referral", true, ""));
        l.add(new Vector("DASH-5 no downgrade [D]", "dash-ric", dash(16, 8, 0) + ",PJ=n", "16", "high",
                List.of("visible-high-risk"), List.of("professional-judgement"), "marac-referral", true, ""));
        l.add(new Vector("DASH-6 escalation [D]", "dash-ric", dash(5, 19, 0) + ",INCIDENTS_12M=3", "5", "standard",
                List.of("potential-escalation"), List.of(), "marac-referral", true, ""));
        l.add(new Vector("DASH-7 repeat [D]", "dash-ric", dash(2, 22, 0)
                + ",LAST_MARAC_REFERRAL=2025-01-10,NEW_INCIDENT=2025-11-30", "2", "standard", List.of("repeat-referral"),
                List.of(), "marac-referral", true, ""));
        l.add(new Vector("DASH-8 not a repeat [D]", "dash-ric", dash(2, 22, 0)
                + ",LAST_MARAC_REFERRAL=2025-01-10,NEW_INCIDENT=2026-02-01", "2", "standard", List.of(),
                List.of("repeat-referral"), "marac-referral", false, ""));
        l.add(new Vector("DASH-9 [D]", "dash-ric", dash(0, 24, 0), "0", "standard", List.of(), List.of(),
                "marac-referral", false, ""));
        // DV perpetration screen (section 9)
        l.add(new Vector("PS-1 [D]", "dv-perpetration-screen", "P1=n,P2=n", null, null, List.of(), List.of(),
                "refer-for-dv-assessment", false, ""));
        l.add(new Vector("PS-2 [D]", "dv-perpetration-screen", "P1=y,P2=n,P3=n", null, null, List.of(), List.of(),
                "refer-for-dv-assessment", true, ""));
        l.add(new Vector("PS-3 [D]", "dv-perpetration-screen", "P1=n,P2=y,P3=y", null, null, List.of(), List.of(),
                "refer-for-dv-assessment", true, ""));
        // TOP (section 10)
        l.add(new Vector("TOP-1 [D]", "top", "ALC_W1=7,ALC_W2=7,ALC_W3=6,ALC_W4=7", null, null, List.of(), List.of(),
                null, false, "alcohol_days=27"));
        l.add(new Vector("TOP-7 [D]", "top", "INJ_W1=0,INJ_W2=0,INJ_W3=0,INJ_W4=0,SHARE_NEEDLE=n,SHARE_PARA=n", null,
                null, List.of(), List.of("injecting", "sharing"), null, false, "injecting_days=0"));
        return l;
    }

    /** @return answers matching UR-4's subscale sums PC 9, C 30, A 26, M 18 (unscored items 3) */
    public static String uricaUr4() {
        int[] answer = new int[33];
        fill(answer, new int[] {1, 5, 11, 13, 23, 26, 29}, 9);
        fill(answer, new int[] {2, 8, 12, 15, 19, 21, 24}, 30);
        fill(answer, new int[] {3, 7, 10, 14, 17, 25, 30}, 26);
        fill(answer, new int[] {6, 16, 18, 22, 27, 28, 32}, 18);
        for (int q : new int[] {4, 9, 20, 31}) {
            answer[q] = 3;
        }
        return IntStream.rangeClosed(1, 32).mapToObj(q -> "Q" + q + "=" + answer[q]).collect(Collectors.joining(","));
    }

    private static void fill(int[] answer, int[] items, int sum) {
        int base = sum / items.length;
        int extra = sum % items.length;
        for (int i = 0; i < items.length; i++) {
            answer[items[i]] = base + (i < extra ? 1 : 0);
        }
    }

    /** @return every vector that must be rejected */
    public static List<Invalid> invalid() {
        return List.of(
                new Invalid("AUDIT Q9=1 [V2 clincalc]", "audit", items("Q", "0,0,0,0,0,0,0,0,1,0"), "Q9",
                        "allowed-values"),
                new Invalid("AUDIT Q10=3 [V2 clincalc]", "audit", items("Q", "0,0,0,0,0,0,0,0,0,3"), "Q10",
                        "allowed-values"),
                new Invalid("PHQ-E item 4 [V2 clincalc]", "phq-9", items("Q", "4,0,0,0,0,0,0,0,0"), "Q1",
                        "allowed-values"),
                new Invalid("PHQ-E 8 items [V2 clincalc]", "phq-9", items("Q", "0,0,0,0,0,0,0,0"), "Q9", "required"),
                new Invalid("PHQ-E 10 items [V2 clincalc]", "phq-9", items("Q", "0,0,0,0,0,0,0,0,0,0"), "Q10",
                        "unknown-item"),
                new Invalid("RR-2 [D]", "readiness-ruler", "READY=11", "READY", "allowed-values"),
                new Invalid("RR-5 [D]", "readiness-ruler-1-10", "IMP=0", "IMP", "allowed-values"),
                new Invalid("DASH-E 25 answers [D]", "dash-ric", dash(10, 14, 0) + ",Q25=y", "Q25", "unknown-item"),
                new Invalid("DASH-E maybe [D]", "dash-ric", dash(10, 14, 0).replace("Q24=n", "Q24=maybe"), "Q24", "allowed-values"),
                new Invalid("DASH-4 flag without reasons [D]", "dash-ric", dash(6, 18, 0) + ",PJ=y", "PJ_REASONS",
                        "reasons-required"),
                new Invalid("PS-E [D]", "dv-perpetration-screen", "P1=n,P2=n,P3=y", "P3", "skip-logic"),
                new Invalid("TOP-2 [D]", "top", "ALC_W1=8", "ALC_W1", "allowed-values"),
                new Invalid("TOP-3 [D]", "top", "PSY=21", "PSY", "allowed-values"),
                new Invalid("DAST missing answer [D]", "dast-10", items("Q", "y,n,n,y,n,n,y,n,n"), "Q10", "required"),
                new Invalid("GAD unknown item [D]", "gad-7", items("Q", "0,0,0,0,0,0,0") + ",Q8=1", "Q8",
                        "unknown-item"));
    }
}
