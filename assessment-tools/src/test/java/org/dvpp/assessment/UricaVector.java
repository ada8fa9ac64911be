package org.dvpp.assessment;

/** Answer strings shared by the engine tests. */
final class UricaVector {
    /** Answers matching UR-4's sums (PC 9, C 30, A 26, M 18) of INSTRUMENTS.md; the answers themselves are derived. */
    static final String UR4;

    static {
        int[] a = new int[33];
        fill(a, new int[] {1, 5, 11, 13, 23, 26, 29}, 9);
        fill(a, new int[] {2, 8, 12, 15, 19, 21, 24}, 30);
        fill(a, new int[] {3, 7, 10, 14, 17, 25, 30}, 26);
        fill(a, new int[] {6, 16, 18, 22, 27, 28, 32}, 18);
        for (int q : new int[] {4, 9, 20, 31}) {
            a[q] = 3;
        }
        StringBuilder b = new StringBuilder();
        for (int q = 1; q <= 32; q++) {
            b.append(q > 1 ? "," : "").append('Q').append(q).append('=').append(a[q]);
        }
        UR4 = b.toString();
    }

    private UricaVector() {
    }

    private static void fill(int[] a, int[] items, int sum) {
        for (int i = 0; i < items.length; i++) {
            a[items[i]] = sum / items.length + (i < sum % items.length ? 1 : 0);
        }
    }

    /** @return DASH Q1-Q24 all no */
    static String dashNo() {
        StringBuilder b = new StringBuilder();
        for (int q = 1; q <= 24; q++) {
            b.append(q > 1 ? "," : "").append('Q').append(q).append("=n");
        }
        return b.toString();
    }
}
