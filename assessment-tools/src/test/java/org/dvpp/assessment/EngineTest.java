package org.dvpp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Engine behaviour the published vectors do not pin down: pro-rating, skip logic, formulas, exactness, DASH dates. */
class EngineTest {
    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.withBuiltIns();

    private static final String HEAD = "{\"schemaVersion\":1,\"id\":\"p\",\"version\":\"1\",\"title\":\"t\","
            + "\"polarity\":\"LOWER_IS_BETTER\",\"source\":\"s\",\"licence\":\"l\",";

    @Test
    void proRatesATotalWhenTheDefinitionAllowsIt() {
        Instrument i = InstrumentDefinitions.fromJson(HEAD + "\"maxMissing\":1,\"items\":["
                + "{\"id\":\"A\",\"label\":\"a\",\"type\":\"integer\",\"min\":0,\"max\":3},"
                + "{\"id\":\"B\",\"label\":\"b\",\"type\":\"integer\",\"min\":0,\"max\":3},"
                + "{\"id\":\"C\",\"label\":\"c\",\"type\":\"integer\",\"min\":0,\"max\":3}],"
                + "\"total\":{\"method\":\"sum\",\"maxMissing\":1,\"prorate\":true},"
                + "\"bands\":[{\"code\":\"lo\",\"label\":\"lo\",\"min\":0,\"max\":4},"
                + "{\"code\":\"hi\",\"label\":\"hi\",\"min\":5,\"max\":9}]}", "prorate");

        ScoreResult r = i.score(Answers.parse("A=2,B=1"));

        assertThat(r.total()).contains(Fraction.of(9, 2));
        assertThat(r.band().orElseThrow().code()).isEqualTo("hi"); // 4.5 rounds half up to 5
        assertThat(r.missingItems()).containsExactly("C");
        assertThat(r.explanation()).contains("pro-rated").contains("rounded to 5");
        assertThatThrownBy(() -> i.score(Answers.parse("A=2"))).isInstanceOf(InvalidAnswersException.class)
                .hasMessageContaining("p.B").hasMessageContaining("required");
    }

    @Test
    void uricaProRatesOneMissingItemPerSubscaleAndRefusesTwo() {
        String all = ChangeTest.all32(3);
        ScoreResult oneMissing = REGISTRY.score("urica", Answers.parse(all.replace("Q1=3,", "")));

        assertThat(oneMissing.subscales()).containsEntry("PC", Fraction.of(3));
        assertThat(oneMissing.total()).contains(Fraction.of(6));
        assertThatThrownBy(() -> REGISTRY.score("urica", Answers.parse(all.replace("Q1=3,", "").replace("Q5=3,", ""))))
                .isInstanceOfSatisfying(InvalidAnswersException.class,
                        e -> assertThat(e.violations()).anySatisfy(v -> {
                            assertThat(v.path()).isEqualTo("urica.PC");
                            assertThat(v.rule()).isEqualTo("too-many-missing");
                        }));
    }

    @Test
    void uricaReadinessIsExactAndSpansMinusTwoToFourteen() {
        Instrument urica = REGISTRY.get("urica");

        assertThat(urica.descriptor().totalRange()).contains(new Range(Fraction.of(-2), Fraction.of(14)));
        assertThat(urica.score(Answers.parse(ChangeTest.uricaReady())).total()).contains(Fraction.of(14));
        ScoreResult ur4 = urica.score(Answers.parse(org.dvpp.assessment.UricaVector.UR4));
        assertThat(ur4.total()).contains(Fraction.of(65, 7));
        assertThat(ur4.explanation()).contains("65/7");
    }

    @Test
    void unscoredUricaItemsDoNotMoveAnyScore() {
        ScoreResult a = REGISTRY.score("urica", Answers.parse(ChangeTest.all32(3)));
        ScoreResult b = REGISTRY.score("urica", Answers.parse(ChangeTest.all32(3).replace("Q4=3", "Q4=5")
                .replace("Q9=3", "Q9=1").replace("Q20=3", "Q20=5").replace("Q31=3", "Q31=1")));

        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.subscales()).isEqualTo(a.subscales());
    }

    @Test
    void auditQ9AndQ10TakeOnlyZeroTwoFour() {
        for (int v : List.of(1, 3, 5, -1)) {
            assertThatThrownBy(() -> REGISTRY.score("audit", Answers.parse(
                    "Q1=0,Q2=0,Q3=0,Q4=0,Q5=0,Q6=0,Q7=0,Q8=0,Q9=" + v + ",Q10=0")))
                    .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("allowed-values")))
                    .hasMessageContaining("audit.Q9").hasMessageContaining("one of 0, 2, 4");
        }
    }

    @Test
    void reportsEveryProblemInOneError() {
        assertThatThrownBy(() -> REGISTRY.score("gad-7", Answers.parse("Q1=9,Q2=0,Q3=x,Q4=0,Q5=0,Q6=0,QQ=1")))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.rule())
                        .contains("gad-7.Q1 allowed-values", "gad-7.Q3 allowed-values", "gad-7.QQ unknown-item",
                                "gad-7.Q7 required"));
    }

    @Test
    void dashRepeatCountsTheAnniversaryDayAndNotTheDayAfter() {
        String base = org.dvpp.assessment.UricaVector.dashNo();
        ScoreResult onAnniversary = REGISTRY.score("dash-ric", Answers.parse(base
                + ",LAST_MARAC_REFERRAL=2025-01-10,NEW_INCIDENT=2026-01-10"));
        ScoreResult dayAfter = REGISTRY.score("dash-ric", Answers.parse(base
                + ",LAST_MARAC_REFERRAL=2025-01-10,NEW_INCIDENT=2026-01-11"));

        assertThat(onAnniversary.hasFlag("repeat-referral")).isTrue();
        assertThat(dayAfter.hasFlag("repeat-referral")).isFalse();
        assertThat(dayAfter.explanation()).contains("new referral");
    }

    @Test
    void dashEscalationThresholdIsConfigurable() {
        Instrument local = new DashRicSettings(4, DashRicSettings.DEFAULT_BANDS).create();
        String answers = org.dvpp.assessment.UricaVector.dashNo() + ",INCIDENTS_12M=3";

        assertThat(REGISTRY.score("dash-ric", Answers.parse(answers)).hasFlag("potential-escalation")).isTrue();
        assertThat(local.score(Answers.parse(answers)).hasFlag("potential-escalation")).isFalse();
        assertThat(local.descriptor().profile()).contains("LOCAL_ESCALATION_4");
    }

    @Test
    void dashReasonsNeverAppearInResultsOrErrors() {
        String secret = "lives at 12 Acacia Avenue";
        ScoreResult r = REGISTRY.score("dash-ric", Answers.parse(org.dvpp.assessment.UricaVector.dashNo()
                + ",PJ=y,PJ_REASONS=" + secret));

        assertThat(r.toString()).doesNotContain("Acacia");
        assertThat(Answers.parse("PJ_REASONS=" + secret).toString()).doesNotContain("Acacia");
        assertThatThrownBy(() -> REGISTRY.score("dash-ric", Answers.parse("PJ_REASONS=" + secret)))
                .isInstanceOf(InvalidAnswersException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Acacia"));
    }

    @Test
    void dashLocalBandsAreConfigurableButMustCoverTheRange() {
        Instrument norfolk = new DashRicSettings(3, List.of(new Band("standard", "standard", 0, 9, ""),
                new Band("medium", "medium", 10, 13, ""), new Band("high", "high", 14, 24, ""))).create();
        String thirteen = org.dvpp.assessment.UricaVector.dashNo().replaceFirst("(Q1=n,)", "Q1=y,")
                .replace("Q2=n", "Q2=y").replace("Q3=n", "Q3=y").replace("Q4=n", "Q4=y").replace("Q5=n", "Q5=y")
                .replace("Q6=n", "Q6=y").replace("Q7=n", "Q7=y").replace("Q8=n", "Q8=y").replace("Q9=n", "Q9=y")
                .replace("Q10=n", "Q10=y");

        assertThat(norfolk.score(Answers.parse(thirteen)).band().orElseThrow().code()).isEqualTo("medium");
        assertThat(InstrumentChecks.check(norfolk)).isEmpty();
        assertThatThrownBy(() -> new DashRicSettings(3, List.of(new Band("a", "a", 0, 9, ""),
                new Band("b", "b", 11, 24, "")))).isInstanceOf(org.dvpp.domain.InvalidInputException.class)
                .hasMessageContaining("bands[1].min");
    }

    @Test
    void formulasFollowPrecedenceAndStayExact() {
        Instrument i = InstrumentDefinitions.fromJson(HEAD + "\"items\":["
                + "{\"id\":\"A\",\"label\":\"a\",\"type\":\"integer\",\"min\":0,\"max\":9},"
                + "{\"id\":\"B\",\"label\":\"b\",\"type\":\"integer\",\"min\":0,\"max\":9},"
                + "{\"id\":\"Y\",\"label\":\"y\",\"type\":\"yesno\"},"
                + "{\"id\":\"Z\",\"label\":\"z\",\"type\":\"yesno\",\"required\":false}],"
                + "\"derived\":[{\"id\":\"p\",\"label\":\"p\",\"formula\":\"A + B * 2 - -1\"},"
                + "{\"id\":\"q\",\"label\":\"q\",\"formula\":\"(A + B) / 3\"},"
                + "{\"id\":\"m\",\"label\":\"m\",\"formula\":\"mean(A, B, 1) + max(A, B) - min(A, B)\"},"
                + "{\"id\":\"c\",\"label\":\"c\",\"formula\":\"countYes(Y, Z)\"}],"
                + "\"flags\":[{\"code\":\"f\",\"label\":\"f\",\"when\":\"not isYes(Z) and (p > 10 or q == 0)\"},"
                + "{\"code\":\"g\",\"label\":\"g\",\"when\":\"answered(Z) or c != 1\"}]}", "formulas");

        ScoreResult r = i.score(Answers.parse("A=2,B=5,Y=y"));

        assertThat(r.subscales()).containsEntry("p", Fraction.of(13)).containsEntry("q", Fraction.of(7, 3))
                .containsEntry("m", Fraction.of(17, 3)).containsEntry("c", Fraction.of(1));
        assertThat(r.flags()).extracting(ScoreResult.RaisedFlag::code).containsExactly("f");
        assertThat(i.descriptor().subscales().get(1).range()).contains(new Range(Fraction.ZERO, Fraction.of(6)));
    }

    @Test
    void auditCUsProfileIsNamedSeparatelyFromTheUkDefault() {
        assertThat(REGISTRY.get("audit-c").descriptor().profile()).contains("UK_OHID");
        assertThat(REGISTRY.get("audit-c-us").descriptor().profile()).contains("US_BUSH_1998");
        assertThatThrownBy(() -> REGISTRY.score("audit-c-us", Answers.parse("Q1=1,Q2=1,Q3=1")))
                .isInstanceOf(InvalidAnswersException.class).hasMessageContaining("audit-c-us.SEX");
    }

    @Test
    void everyBuiltInCarriesSourceAndLicenceNotes() {
        assertThat(REGISTRY.get("dast-10").descriptor().licence()).contains("NON-COMMERCIAL");
        assertThat(REGISTRY.get("dash-ric").descriptor().licence()).contains("(c) SafeLives");
        for (Instrument i : REGISTRY.all()) {
            assertThat(i.descriptor().source()).as(i.id()).isNotBlank();
            assertThat(i.descriptor().licence()).as(i.id()).isNotBlank();
        }
    }

    @Test
    void contractChecksCatchABrokenInstrument() {
        Instrument good = REGISTRY.get("gad-7");
        InstrumentDescriptor d = good.descriptor();
        InstrumentDescriptor gappy = new InstrumentDescriptor(d.id(), d.version(), d.title(), d.profile(), d.items(),
                d.totalRange(), d.totalHow(), List.of(new Band("a", "a", 0, 4, ""), new Band("b", "b", 6, 21, "")),
                d.subscales(), d.flags(), d.gates(), d.missingRule(), d.polarity(), d.source(), "", d.reliability());
        Instrument broken = new Instrument() {
            @Override
            public InstrumentDescriptor descriptor() {
                return gappy;
            }

            @Override
            public ScoreResult score(Answers answers) {
                ScoreResult r = good.score(answers);
                return new ScoreResult(r.instrumentId(), r.instrumentVersion(), r.profile(),
                        r.total().map(t -> t.plus(Fraction.of(1))), r.band(), r.subscales(), r.flags(), r.gates(),
                        r.missingItems(), r.declinedItems(), "");
            }
        };

        assertThat(InstrumentChecks.check(good)).isEmpty();
        assertThat(InstrumentChecks.check(broken)).isNotEmpty();
        assertThat(InstrumentChecks.checkBands(broken)).anyMatch(p -> p.contains("5–5 fall in no band"));
        assertThat(InstrumentChecks.checkExtremes(broken)).anyMatch(p -> p.contains("lowest reachable total is 1"));
        assertThat(InstrumentChecks.checkExplanation(broken)).anyMatch(p -> p.contains("no explanation"));
        assertThat(InstrumentChecks.checkDescriptor(broken)).anyMatch(p -> p.contains("licence"));
    }
}
