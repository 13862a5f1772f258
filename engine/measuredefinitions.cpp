#include "measuredefinitions.h"

#include <QRegularExpression>
#include <vector>

namespace attend {

namespace {

struct Entry
{
    const char *key;  // a pattern for the whole key
    const char *text; // \1, \2 … take the key's captured parts
    const char *source;
};

constexpr Entry kEntries[] = {
    // Training (every exercise)
    {"level_reached",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Training: mean difficulty level (0 easiest, 1 hardest) over the second half of the "
         "trials the level adapts on, where the controller holds the person near the target "
         "accuracy; interval by batch means"),
     "Wilson et al. 2019, target accuracy; Schmeiser 1982, batch means"},
    {"accuracy_at_level",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Training: proportion correct on the trials the level reached is taken over"),
     "docs/metrics.md"},
    {"accuracy",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "Proportion of trials answered correctly (visual search: of the answered "
                       "trials)"),
     "docs/metrics.md"},
    // Visual search
    {"accuracy_(\\d+)",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Visual search assessment: proportion correct of the answered trials at set size \\1"),
     "Treisman & Gelade 1980"},
    {"(feature|conjunction|spatial|training)_(present|absent)_slope_ms_per_item",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Least-squares slope of mean correct RT on set size, \\1 search, target \\2 trials (ms "
         "per item)"),
     "Treisman & Gelade 1980; Wolfe 1998"},
    {"(feature|conjunction|spatial|training)_(present|absent)_intercept_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Intercept (ms) of the least-squares line of mean correct RT on set size, \\1 search, "
         "target \\2 trials"),
     "Treisman & Gelade 1980; Wolfe 1998"},
    {"(feature|conjunction|spatial|training)_(present|absent)_r_squared",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "R² of the least-squares line of mean correct RT on set size, \\1 search, target \\2 "
         "trials"),
     "Wolfe 1998"},
    {"(feature|conjunction|spatial|training)_rt_present_(\\d+)_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "Mean correct RT (ms) on target-present trials at set size \\2, \\1 search, "
                       "anticipations and RTs beyond 2.5 SD removed"),
     "Treisman & Gelade 1980; Ratcliff 1993, trimming"},
    {"(feature|conjunction|spatial|training)_slope_ratio",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Target-absent : target-present slope ratio, \\1 search (about 2 for a serial "
         "self-terminating search); no value when the present slope is below 5 ms/item"),
     "Wolfe 1998"},
    {"error_slope_per_item",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Least-squares slope of the error rate on set size (share of answers per item)"),
     "docs/metrics.md"},
    {"miss_rate",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "Share of target-present displays answered \"absent\""),
     "Wolfe 1998"},
    {"false_alarm_rate",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "Share of target-absent displays answered \"present\""),
     "Wolfe 1998"},
    {"no_response",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "Number of displays left unanswered at the deadline"),
     "docs/metrics.md"},
    {"inverse_efficiency_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "Mean correct RT divided by proportion correct (ms)"),
     "Townsend & Ashby 1983"},
    // Divided attention
    {"(central|peripheral|divided|selective)_threshold_fit_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Display time (ms) at which a Weibull function fitted by maximum likelihood gives 75 % "
         "correct, \\1 subtest; no value when outside the display times tested"),
     "Wichmann & Hill 2001; Ball & Owsley 1993, UFOV subtests"},
    {"(central|peripheral|divided|selective)_threshold_staircase_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Display time (ms) from the \\1 subtest's staircases: mean of each staircase's reversal "
         "levels after its first two, averaged over the staircases"),
     "Levitt 1971"},
    {"central_accuracy",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Proportion of centre targets identified correctly on trials with an edge target too"),
     "Ball & Owsley 1993"},
    {"peripheral_accuracy",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Proportion of edge targets located correctly on trials with a centre target too"),
     "Ball & Owsley 1993"},
    {"dual_task_cost_percent",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Edge target's display-time threshold with the centre task minus without it, over "
         "without it (%)"),
     "Bherer et al. 2005"},
    // Task switching
    {"switch_cost_rt_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Mean correct RT on switch minus repeat trials of mixed blocks (ms), without each "
         "block's first trial and trials after an error"),
     "Rogers & Monsell 1995; Kiesel et al. 2010"},
    {"switch_cost_rt_cti_(\\d+)_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "Switch cost (ms) among trials with a cue–target interval of \\1 ms"),
     "Meiran 1996"},
    {"task_switch_cost_rt_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Mean correct RT on task-switch minus cue-switch trials of mixed blocks (ms)"),
     "Logan & Bundesen 2003"},
    {"cue_switch_cost_rt_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Mean correct RT on cue-switch minus cue-repeat trials of mixed blocks (ms)"),
     "Logan & Bundesen 2003"},
    {"switch_cost_errors",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Error rate on switch minus repeat trials of mixed blocks (a miss is an error)"),
     "Rogers & Monsell 1995"},
    {"mixing_cost_rt_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Mean correct RT on repeat trials of mixed blocks minus all trials of pure blocks (ms)"),
     "Rubin & Meiran 2005"},
    {"congruency_effect_rt_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "Mean correct RT on incongruent minus congruent trials, all blocks (ms)"),
     "Meiran 1996"},
    // Distribution models
    {"(go|repeat|switch)_rt_exgauss_mu_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Ex-Gaussian μ (ms), the normal part's mean, fitted by maximum likelihood to the correct "
         "RTs of \\1 trials"),
     "Ratcliff 1979; Heathcote et al. 1991"},
    {"(go|repeat|switch)_rt_exgauss_sigma_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Ex-Gaussian σ (ms), the normal part's SD, fitted by maximum likelihood to the correct "
         "RTs of \\1 trials"),
     "Ratcliff 1979; Heathcote et al. 1991"},
    {"(go|repeat|switch)_rt_exgauss_tau_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Ex-Gaussian τ (ms), the exponential tail's mean, fitted by maximum likelihood to the "
         "correct RTs of \\1 trials"),
     "Ratcliff 1979; Heathcote et al. 1991"},
    {"(repeat|switch)_rt_ez_drift",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "EZ-diffusion drift rate v (s = 0.1) of \\1 trials in mixed blocks"),
     "Wagenmakers, van der Maas & Grasman 2007; Schmitz & Voss 2012"},
    {"(repeat|switch)_rt_ez_boundary",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "EZ-diffusion boundary separation a (s = 0.1) of \\1 trials in mixed blocks"),
     "Wagenmakers, van der Maas & Grasman 2007"},
    {"(repeat|switch)_rt_ez_nondecision_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "EZ-diffusion non-decision time Ter (ms) of \\1 trials in mixed blocks"),
     "Wagenmakers, van der Maas & Grasman 2007"},
    // Sustained attention (SART, CPT)
    {"commissions",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "Number of responses to the no-go stimulus"),
     "Robertson et al. 1997"},
    {"omissions",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "Number of go stimuli left without a response"),
     "Robertson et al. 1997"},
    {"commission_rate",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "Responses to the no-go stimulus over no-go trials"),
     "Robertson et al. 1997"},
    {"omission_rate",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "Go stimuli without a response over go trials"),
     "Robertson et al. 1997"},
    {"anticipations",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "Number of go responses faster than 100 ms"),
     "Whelan 2008"},
    {"go_rt_mean_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "Mean RT (ms) of answered go trials, anticipations removed"),
     "Robertson et al. 1997"},
    {"go_rt_sd_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "Sample SD (ms) of the RTs of answered go trials, anticipations removed"),
     "Cheyne et al. 2009"},
    {"go_rt_cv",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "SD over mean of the RTs of answered go trials"),
     "Cheyne et al. 2009"},
    {"d_prime",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "d′ = z(H) − z(F) with the no-go stimulus as signal (a withheld response to it is a "
         "hit, to a go stimulus a false alarm), log-linear correction"),
     "Macmillan & Creelman 2005; Hautus 1995"},
    {"criterion",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "c = −(z(H) + z(F)) / 2 with the no-go stimulus as signal: above 0 leans towards "
         "pressing, below 0 towards withholding"),
     "Macmillan & Creelman 2005"},
    {"vigilance_rt_slope_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Least-squares slope of each quarter's mean go RT on quarter number 1–4 (ms per "
         "quarter)"),
     "Robertson et al. 1997"},
    {"vigilance_error_slope",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Least-squares slope of each quarter's error rate on quarter number 1–4 (per quarter)"),
     "Robertson et al. 1997"},
    {"post_error_slowing_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "Mean go RT after a commission minus after a correctly withheld no-go (ms)"),
     "Rabbitt 1966"},
    {"pre_commission_speeding_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "Mean RT of the four go trials before a commission minus before a correct withhold "
         "(ms); negative is faster before errors"),
     "Robertson et al. 1997"},
    {"hit_rt_isi_change_ms_per_s",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "CPT: least-squares slope of mean hit RT on the preceding inter-stimulus interval (ms "
         "per s)"),
     "Conners 2000"},
    {"hit_rt_block_change_ms",
     QT_TRANSLATE_NOOP(
         "MeasureDefinitions",
         "CPT: least-squares slope of each block's mean hit RT on block number (ms per block)"),
     "Conners 2000"},
    {"rt_isi_(\\d+)_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "CPT: mean hit RT (ms) after \\1 ms between letters"),
     "Conners 2000"},
    {"hit_rt_sd_block_(\\d+)_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "CPT: sample SD (ms) of hit RTs in block \\1"),
     "Conners 2000"},
};

// The patterns, compiled once.
const std::vector<QRegularExpression> &patterns()
{
    static const std::vector<QRegularExpression> all = [] {
        std::vector<QRegularExpression> compiled;
        for (const Entry &entry : kEntries)
            compiled.emplace_back(QStringLiteral("^(?:%1)$").arg(QLatin1String(entry.key)));
        return compiled;
    }();
    return all;
}

} // namespace

std::optional<MeasureDefinitions::Definition> MeasureDefinitions::of(const QString &key)
{
    return define(key, false);
}

std::optional<MeasureDefinitions::Definition> MeasureDefinitions::translated(const QString &key)
{
    return define(key, true);
}

// The words keys are made of, as a definition's text takes them (\1 search, target \2 trials).
QString MeasureDefinitions::keyWord(const QString &word)
{
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("MeasureDefinitions", "feature"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "conjunction"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "spatial"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "training"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "present"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "absent"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "central"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "peripheral"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "divided"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "selective"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "go"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "repeat"),
        QT_TRANSLATE_NOOP("MeasureDefinitions", "switch"),
    };
    for (const char *w : words)
        if (word == QLatin1String(w))
            return tr(w);
    return word; // a number
}

std::optional<MeasureDefinitions::Definition> MeasureDefinitions::define(const QString &key,
                                                                         bool translate)
{
    for (std::size_t e = 0; e < std::size(kEntries); ++e) {
        const Entry &entry = kEntries[e];
        const QRegularExpressionMatch match = patterns()[e].match(key);
        if (!match.hasMatch())
            continue;
        QString text = translate ? tr(entry.text) : QString::fromUtf8(entry.text);
        for (int i = match.lastCapturedIndex(); i >= 1; --i)
            text.replace(QStringLiteral("\\%1").arg(i),
                         translate ? keyWord(match.captured(i)) : match.captured(i));
        return Definition{text, QString::fromUtf8(entry.source)};
    }
    return std::nullopt;
}

QString MeasureDefinitions::unitName(const QString &unit)
{
    if (unit == u"ms")
        return tr("ms");
    if (unit == u"ms/item")
        return tr("ms/item");
    if (unit == u"ms/s")
        return tr("ms/s");
    return unit;
}

namespace {

// The measures charted as progress (each exercise's assessment key measure): a smaller value is
// the better performance for each — a shorter display time, fewer commissions, a smaller switch
// cost, a shallower search slope (docs/metrics.md) — and what each is in a participant's words.
struct ProgressMeasure
{
    const char *key;
    const char *plain;
};

constexpr ProgressMeasure kProgressMeasures[] = {
    {"selective_threshold_fit_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "the shortest display time at which you still "
                                             "caught both the centre and the edge target")},
    {"commission_rate", QT_TRANSLATE_NOOP("MeasureDefinitions",
                                          "how often you pressed when you should have held back")},
    {"switch_cost_rt_ms",
     QT_TRANSLATE_NOOP("MeasureDefinitions", "the extra time you needed when the rule changed")},
    {"conjunction_present_slope_ms_per_item",
     QT_TRANSLATE_NOOP("MeasureDefinitions",
                       "the extra time you needed for each additional item when searching")},
};

const ProgressMeasure *progressMeasure(const QString &key)
{
    for (const ProgressMeasure &m : kProgressMeasures)
        if (key == QLatin1String(m.key))
            return &m;
    return nullptr;
}

} // namespace

bool MeasureDefinitions::lowerIsBetter(const QString &key)
{
    return progressMeasure(key) != nullptr;
}

std::optional<QString> MeasureDefinitions::plainWords(const QString &key)
{
    const ProgressMeasure *m = progressMeasure(key);
    return m ? std::optional<QString>(tr(m->plain)) : std::nullopt;
}

} // namespace attend
