#include "performancemodel.h"
#include "logistic.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace attend::attention {

namespace {

// The person's logistic regression has a Gaussian prior: on the intercept centred on 0 (precision
// 1), on the slope centred on −9 logit per unit of difficulty (precision 0.1, SD ≈ 3). Training
// keeps a person near one level, where their own trials cannot tell the slope; a prior at zero
// would then call every level equally hard. −9 is the mean slope of the logit at the 85 % point
// over the simulated population (−8.7; docs/model.md): a psychometric function that falls from
// 95 % to 75 % correct over about a fifth of the difficulty range.
constexpr double kInterceptPrecision = 1.0;
constexpr double kSlopeMean = -9.0;
constexpr double kSlopePrecision = 0.1;
constexpr int kNewtonSteps = 4;
constexpr int kResidualWindow = 20;
constexpr int kMaxSession = 12;
// Online recalibration (Platt 1999, fitted by stochastic gradient as each outcome arrives): one
// intercept in logit space added to the network's prediction, stepped by `rate` · (outcome −
// prediction) after every trial. The network, fitted on the population, moves slowly; this lets
// a person's own trials correct a prior that is wrong for them within one session (a systematic
// error of 0.1 in probability moves it by about 0.5 logit in some 60 trials), while its
// trial-to-trial wobble stays near √(rate/2) = 0.2 logit (≈ 0.025 in probability at 85 %). The
// rate (Options::recalibration) was chosen on tests/bench/productbench (0.03 and 0.05 left
// divided attention's training overconfident by 0.04 and 0.03). The go/no-go exercises learn
// from their 25–35 no-go trials a session only, and take 0.16 (their recalibration_rate): at
// 0.08 the simulated older adults' CPT stayed 0.038 overconfident after three sessions.
constexpr double kRecalibrationLimit = 3.0;
// Where an exercise asks for it (Options::rtRecalibration), the log RT is recalibrated too, in
// standardised units: the mean of the network's residuals over the person's answered trials,
// starting from twenty trials' worth of none and forgetting at the given rate once that is
// larger. The go/no-go exercises adapt on no-go trials, answered only by a commission: a few a
// session, too few for the network to learn a slower population's speed from (productbench:
// older adults' CPT log-RT error 0.298 against the running mean's 0.289 without, 0.287 with).
// Elsewhere the network follows the person's RTs and the offset only added noise.
constexpr double kRtRecalibrationPrior = 20.0;
// Each kind of trial also carries a logit offset on the output, stepped by this rate times the
// residual and kept as contrasts (summing to zero): whatever the prior makes of the kind
// features, the person's own trials of a kind move its predictions within a session.
constexpr double kKindRate = 0.04;
// The kind's contrast is shrunk by n / (n + 10) for n trials of the kind: ten trials count
// half, so that a few early errors on a rare kind do not mark it as hard.
constexpr double kContrastShrink = 10.0;
constexpr double kContrastLimit = 3.0;

double logit(double p)
{
    const double q = std::clamp(p, 1e-6, 1.0 - 1e-6);
    return std::log(q / (1.0 - q));
}

} // namespace

AttentionModel::Config PerformanceModel::modelConfig()
{
    AttentionModel::Config config;
    config.itemFeatures = kItemFeatures;
    config.queryFeatures = kQueryFeatures;
    return config;
}

std::optional<AttentionModel> PerformanceModel::weightsFrom(const std::vector<std::uint8_t> &bytes)
{
    auto model = AttentionModel::deserialise(bytes);
    if (!model || model->config().itemFeatures != kItemFeatures ||
        model->config().queryFeatures != kQueryFeatures)
        return std::nullopt;
    return model;
}

PerformanceModel::PerformanceModel(const AttentionModel &weights, const Options &options)
    : m_options(options), m_model(weights), m_adam(weights.parameterCount(), options.rate),
      m_replay(std::size_t(std::max(1, options.replay))),
      m_residuals(std::size_t(kResidualWindow), 0.0), m_gradient(weights.parameterCount())
{
    m_history.reserve(std::size_t(options.memory));
    for (Example &e : m_replay) {
        e.items.resize(kItemFeatures, options.items);
        e.query.resize(kQueryFeatures);
    }
    m_scratch.items.resize(kItemFeatures, options.items);
    m_scratch.query.resize(kQueryFeatures);
}

double PerformanceModel::logRtZ(const Observation &o) const
{
    return o.responded ? (std::log(std::max(o.rtMs, 1.0)) - m_options.logRtMean) / m_options.logRtSd
                       : 0.0;
}

void PerformanceModel::fillExample(Example &example, double difficulty, int session, int trial,
                                   int kind)
{
    if (m_dirty)
        refit();
    const int n = int(m_history.size());
    const int count = std::max(1, std::min(n, m_options.items));
    if (example.items.cols() != count)
        example.items.resize(kItemFeatures, count);
    if (example.query.size() != kQueryFeatures)
        example.query.resize(kQueryFeatures);
    example.items.setZero();
    for (int c = 0; c < std::min(n, count); ++c) {
        const Observation &x = m_history[std::size_t(n - count + c)];
        const double sameKind = kind < 0 || x.kind < 0 ? 0.0 : (x.kind == kind ? 1.0 : -1.0);
        example.items.col(c) << x.difficulty - 0.5, x.correct ? 1.0 : -1.0, logRtZ(x),
            x.trial / 100.0, (session - x.session) / 4.0, 1.0, sameKind;
    }
    const double centred = difficulty - 0.5;
    // Shrunk towards zero while the person's history is short, so that the feature means the same
    // at every stage and the prior can trust it uniformly; the shrink itself follows, so that a
    // newcomer (logit 0 for want of data) is not read as a person right half of the time.
    const double shrink = n / (n + 20.0);
    const double logit = shrink * (m_logistic(0) + m_logistic(1) * centred);
    example.query << centred, trial / 100.0, std::min(session, kMaxSession) / 4.0, 1.0,
        std::clamp(logit, -8.0, 8.0), m_rtLine(0) + m_rtLine(1) * centred, shrink,
        kindContrast(kind);
}

double PerformanceModel::kindContrast(int kind) const
{
    if (kind < 0 || kind >= int(m_kindCounts.size()))
        return 0.0;
    const Eigen::Vector2d &k = m_kindCounts[std::size_t(kind)];
    // Log odds with half a trial added to each side (Haldane), so that none is infinite.
    const auto logOdds = [](const Eigen::Vector2d &n) {
        return std::log((n(1) + 0.5) / (n(0) - n(1) + 0.5));
    };
    const double shrink = k(0) / (k(0) + kContrastShrink);
    return std::clamp(shrink * (logOdds(k) - logOdds(m_allCounts)), -kContrastLimit,
                      kContrastLimit);
}

void PerformanceModel::count(const Observation &o, double sign)
{
    const Eigen::Vector2d one(sign, o.correct ? sign : 0.0);
    m_allCounts += one;
    if (o.kind < 0)
        return;
    if (o.kind >= int(m_kindCounts.size()))
        m_kindCounts.resize(std::size_t(o.kind) + 1, Eigen::Vector2d::Zero());
    m_kindCounts[std::size_t(o.kind)] += one;
}

PerformanceModel::Forecast PerformanceModel::predict(double difficulty, int session, int trial,
                                                     int kind)
{
    fillExample(m_scratch, difficulty, session, trial, kind);
    const Prediction p = m_model.predict(m_scratch.items, m_scratch.query);
    Forecast f;
    f.pCorrect = calibrated(p.pCorrect, kind);
    f.rtMs = std::exp(m_options.logRtMean + m_options.logRtSd * (p.logRtMean + m_rtRecalibration));
    if (m_residualCount >= 5) {
        const double n = m_residualCount;
        double sum = 0.0, squares = 0.0;
        for (int i = 0; i < m_residualCount; ++i) {
            sum += m_residuals[std::size_t(i)];
            squares += m_residuals[std::size_t(i)] * m_residuals[std::size_t(i)];
        }
        // The binomial error of judging the predictions on so few trials, plus any recent bias
        // beyond what that noise explains (two standard errors of the mean residual).
        const double excess = std::abs(sum / n) - 2.0 * std::sqrt(squares / n / n);
        f.uncertainty = 0.5 / std::sqrt(n) + std::max(0.0, excess);
    }
    return f;
}

PerformanceModel::Forecast PerformanceModel::regressionOnly(double difficulty)
{
    if (m_dirty)
        refit();
    const double centred = difficulty - 0.5;
    Forecast f;
    f.pCorrect = logistic(m_logistic(0) + m_logistic(1) * centred);
    f.rtMs =
        std::exp(m_options.logRtMean + m_options.logRtSd * (m_rtLine(0) + m_rtLine(1) * centred));
    return f;
}

void PerformanceModel::push(const Observation &observation)
{
    if (int(m_history.size()) >= m_options.memory) {
        count(m_history.front(), -1.0);
        m_history.erase(m_history.begin());
    }
    m_history.push_back(observation);
    count(observation, 1.0);
    m_dirty = true;
}

void PerformanceModel::remember(const Observation &observation)
{
    // The weights have learnt from this trial already; how well they predicted it still counts
    // towards the calibration that the controller and the forecast's band rest on.
    fillExample(m_scratch, observation.difficulty, observation.session, observation.trial,
                observation.kind);
    track(m_model.predict(m_scratch.items, m_scratch.query), observation);
    push(observation);
    ++m_seen;
}

int PerformanceModel::knownKind(const std::string &name) const
{
    const auto it = std::find(m_kinds.begin(), m_kinds.end(), name);
    return it == m_kinds.end() ? -1 : int(it - m_kinds.begin());
}

int PerformanceModel::kindOf(const std::string &name)
{
    if (const int known = knownKind(name); known >= 0)
        return known;
    m_kinds.push_back(name);
    return int(m_kinds.size()) - 1;
}

double PerformanceModel::calibrated(double network, int kind) const
{
    const bool known = kind >= 0 && kind < int(m_kindOffsets.size());
    return logistic(logit(network) + m_recalibration +
                    (known ? m_kindOffsets[std::size_t(kind)] : 0.0));
}

void PerformanceModel::track(const Prediction &network, const Observation &o)
{
    if (o.responded && m_options.rtRecalibration) {
        ++m_answered;
        const double rate =
            std::max(1.0 / (m_answered + kRtRecalibrationPrior), *m_options.rtRecalibration);
        m_rtRecalibration += rate * (logRtZ(o) - network.logRtMean - m_rtRecalibration);
    }
    const int kind = o.kind;
    const double residual = (o.correct ? 1.0 : 0.0) - calibrated(network.pCorrect, kind);
    m_recalibration = std::clamp(m_recalibration + m_options.recalibration * residual,
                                 -kRecalibrationLimit, kRecalibrationLimit);
    if (kind >= 0) {
        if (kind >= int(m_kindOffsets.size()))
            m_kindOffsets.resize(std::size_t(kind) + 1, 0.0);
        double &own = m_kindOffsets[std::size_t(kind)];
        own = std::clamp(own + kKindRate * residual, -kRecalibrationLimit, kRecalibrationLimit);
        // Contrasts only: the common part is the intercept's; one kind alone stays at 0.
        double mean = 0.0;
        for (double offset : m_kindOffsets)
            mean += offset / double(m_kindOffsets.size());
        for (double &offset : m_kindOffsets)
            offset -= mean;
    }
    m_residuals[std::size_t(m_residualNext)] = residual;
    m_residualNext = (m_residualNext + 1) % kResidualWindow;
    m_residualCount = std::min(m_residualCount + 1, kResidualWindow);
}

void PerformanceModel::observe(const Observation &o)
{
    Example &example = m_replay[std::size_t(m_replayNext)];
    fillExample(example, o.difficulty, o.session, o.trial, o.kind);
    example.correct = o.correct ? 1.0 : 0.0;
    example.responded = o.responded;
    example.logRt = logRtZ(o);
    track(m_model.predict(example.items, example.query), o);
    m_replayNext = (m_replayNext + 1) % int(m_replay.size());
    m_replayCount = std::min(m_replayCount + 1, int(m_replay.size()));

    push(o);
    ++m_seen;
    for (int step = 0; step < m_options.steps; ++step) {
        m_gradient.setZero();
        for (int i = 0; i < m_replayCount; ++i)
            m_model.lossAndGradient(m_replay[std::size_t(i)], m_gradient);
        m_gradient /= double(m_replayCount);
        m_adam.step(m_model.parameters(), m_gradient);
    }
}

// Newton's method for the penalised logistic regression, warm-started from the last fit, and the
// ridge (1) least-squares line of log RT; both on (1, difficulty − 0.5).
void PerformanceModel::refit()
{
    m_dirty = false;
    Eigen::Matrix2d xx = Eigen::Matrix2d::Identity();
    Eigen::Vector2d xr = Eigen::Vector2d::Zero();
    for (const Observation &o : m_history) {
        if (!o.responded)
            continue;
        const Eigen::Vector2d x(1.0, o.difficulty - 0.5);
        xx += x * x.transpose();
        xr += x * logRtZ(o);
    }
    m_rtLine = xx.ldlt().solve(xr);

    const Eigen::Vector2d precision(kInterceptPrecision, kSlopePrecision);
    for (int step = 0; step < kNewtonSteps; ++step) {
        Eigen::Matrix2d hessian = precision.asDiagonal();
        Eigen::Vector2d gradient =
            precision.cwiseProduct(m_logistic - Eigen::Vector2d(0.0, kSlopeMean));
        for (const Observation &o : m_history) {
            const Eigen::Vector2d x(1.0, o.difficulty - 0.5);
            const double p = logistic(m_logistic.dot(x));
            gradient += (p - (o.correct ? 1.0 : 0.0)) * x;
            hessian += p * (1.0 - p) * x * x.transpose();
        }
        m_logistic -= hessian.ldlt().solve(gradient);
    }
}

AttentionModel PerformanceModel::fitPrior(const std::vector<std::vector<Observation>> &people,
                                          std::uint64_t seed, int epochs, int stride)
{
    AttentionModel model(modelConfig());
    model.initialise(seed);
    std::vector<Example> data;
    for (const auto &person : people) {
        PerformanceModel history(model, {});
        for (std::size_t k = 0; k < person.size(); ++k) {
            const Observation &o = person[k];
            if (k % std::size_t(std::max(1, stride)) != 0) {
                history.remember(o);
                continue;
            }
            // Every other example without its kind: the controller predicts a level before the
            // trial, and so its kind, exists.
            Example example;
            history.fillExample(example, o.difficulty, o.session, o.trial,
                                (k / std::size_t(std::max(1, stride))) % 2 ? -1 : o.kind);
            example.correct = o.correct ? 1.0 : 0.0;
            example.responded = o.responded;
            example.logRt = history.logRtZ(o);
            data.push_back(std::move(example));
            history.remember(o);
        }
    }
    Adam adam(model.parameterCount(), 0.01);
    Eigen::VectorXd gradient(model.parameterCount());
    for (int epoch = 0; epoch < epochs; ++epoch) {
        gradient.setZero();
        for (const Example &example : data)
            model.lossAndGradient(example, gradient);
        gradient /= double(data.size());
        adam.step(model.parameters(), gradient);
    }
    return model;
}

} // namespace attend::attention
