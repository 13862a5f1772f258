#include "metricreasons.h"

#include <QRegularExpression>

namespace attend {

namespace {

// Every reason model/metrics gives, written once (lupdate reads them from here).
constexpr const char *kReasons[] = {
    QT_TRANSLATE_NOOP("MetricReasons", "a correlation needs at least three pairs"),
    QT_TRANSLATE_NOOP("MetricReasons", "a line needs at least two different x values"),
    QT_TRANSLATE_NOOP("MetricReasons", "all reaction times are equal"),
    QT_TRANSLATE_NOOP("MetricReasons", "an SD needs at least two reaction times"),
    QT_TRANSLATE_NOOP("MetricReasons", "an ex-Gaussian fit needs at least 20 reaction times"),
    QT_TRANSLATE_NOOP("MetricReasons", "intensities must be positive"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs 0 ≤ Pc ≤ 1 and a positive RT mean and variance"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs a mean correct RT and a proportion correct"),
    QT_TRANSLATE_NOOP("MetricReasons",
                      "needs a spread of first scores and a retest reliability between 0 and 1"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs at least 10 trials at two or more intensities"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs at least four trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs at least one signal and one noise trial"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs at least three points"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs at least two correct reaction times"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs at least two trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs both slopes"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs both the dual-task and the single-task value"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs complete go windows before both outcomes"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs correct congruent and incongruent trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs correct cue-switch and cue-repeat trials"),
    QT_TRANSLATE_NOOP("MetricReasons",
                      "needs correct repeat trials in mixed blocks and trials in pure blocks"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs correct switch and repeat trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs correct switch and repeat trials at this interval"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs correct task-switch and cue-switch trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs go responses after commissions and after withholds"),
    QT_TRANSLATE_NOOP("MetricReasons", "needs switch and repeat trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "no answered target-absent trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "no answered target-present trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "no answers"),
    QT_TRANSLATE_NOOP("MetricReasons", "no go trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "no no-go trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "no noise trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "no reaction times left after cleaning"),
    QT_TRANSLATE_NOOP("MetricReasons", "no response was correct"),
    QT_TRANSLATE_NOOP("MetricReasons", "no responses"),
    QT_TRANSLATE_NOOP("MetricReasons", "no signal trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "no trials"),
    QT_TRANSLATE_NOOP("MetricReasons", "no values"),
    QT_TRANSLATE_NOOP("MetricReasons", "not defined: the target-present slope is under 5 ms/item"),
    QT_TRANSLATE_NOOP("MetricReasons", "one of the lists does not vary"),
    QT_TRANSLATE_NOOP("MetricReasons",
                      "the ex-Gaussian fit ran to a bound (σ or τ towards 0): these reaction "
                      "times show no normal part or no slow tail"),
    QT_TRANSLATE_NOOP("MetricReasons", "the halves are perfectly opposed"),
    QT_TRANSLATE_NOOP("MetricReasons", "the single-task value is zero"),
    QT_TRANSLATE_NOOP("MetricReasons",
                      "the target probability lies outside the range between guessing and "
                      "lapsing"),
    QT_TRANSLATE_NOOP("MetricReasons", "the two lists differ in length"),
    QT_TRANSLATE_NOOP("MetricReasons", "x and y differ in length"),
};

} // namespace

QString MetricReasons::translated(const QString &reason)
{
    // A threshold beyond the display times tested (model/metrics/psychometric.cpp).
    static const QRegularExpression bound(QStringLiteral(
        "^at (floor|ceiling): (?:below|above) ([0-9.]+), the (?:lowest|highest) intensity "
        "tested$"));
    if (const auto m = bound.match(reason); m.hasMatch())
        return m.captured(1) == u"floor"
                   ? tr("at floor: below %1, the lowest intensity tested").arg(m.captured(2))
                   : tr("at ceiling: above %1, the highest intensity tested").arg(m.captured(2));
    const QByteArray text = reason.toUtf8();
    for (const char *known : kReasons)
        if (text == known)
            return tr(known);
    return reason;
}

} // namespace attend
