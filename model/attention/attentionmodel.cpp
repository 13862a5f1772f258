#include "attentionmodel.h"
#include "logistic.h"

#include <cmath>
#include <cstring>
#include <random>

namespace attend::attention {

namespace {

using Eigen::Map;
using Eigen::MatrixXd;
using Eigen::VectorXd;

// log(1 + e^x) without overflow.
double softplus(double x)
{
    return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

constexpr std::uint32_t kMagic = 0x4E545441; // "ATTN"
constexpr std::uint32_t kFormat = 1;

} // namespace

AttentionModel::Layout AttentionModel::layoutFor(const Config &c)
{
    const int h = c.hidden, f = c.itemFeatures, q = c.queryFeatures;
    Layout l{};
    int at = 0;
    const auto take = [&](int n) {
        const int start = at;
        at += n;
        return start;
    };
    l.wk = take(h * f);
    l.wv = take(h * f);
    l.wq = take(h * q);
    l.wa = take(2 * h);
    l.ba = take(1);
    l.wo = take(h * 2 * h);
    l.bo = take(h);
    l.wp = take(h);
    l.up = take(q);
    l.bp = take(1);
    l.wm = take(h);
    l.um = take(q);
    l.bm = take(1);
    l.ws = take(h);
    l.bs = take(1);
    l.total = at;
    return l;
}

AttentionModel::AttentionModel(const Config &config)
    : m_config(config), m_layout(layoutFor(config)), m_theta(VectorXd::Zero(m_layout.total)),
      m_isWeight(VectorXd::Ones(m_layout.total))
{
    const int h = config.hidden, t = config.maxItems;
    for (int bias : {m_layout.ba, m_layout.bp, m_layout.bm, m_layout.bs})
        m_isWeight(bias) = 0.0;
    m_isWeight.segment(m_layout.bo, h).setZero();
    m_k.resize(h, t);
    m_v.resize(h, t);
    m_dk.resize(h, t);
    m_dv.resize(h, t);
    for (VectorXd *v :
         {&m_q, &m_weights, &m_context, &m_vbar, &m_z, &m_h, &m_dh, &m_dz, &m_dq, &m_dvbar})
        v->resize(h);
    m_e.resize(t);
    m_a.resize(t);
    m_de.resize(t);
}

void AttentionModel::initialise(std::uint64_t seed, double scale)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> n(0.0, scale);
    for (int i = 0; i < m_theta.size(); ++i)
        m_theta(i) = m_isWeight(i) > 0 ? n(rng) : 0.0;
}

double AttentionModel::forward(const MatrixXd &items, const VectorXd &query)
{
    const Config &c = m_config;
    const Layout &l = m_layout;
    const int h = c.hidden, t = std::min<int>(int(items.cols()), c.maxItems);
    m_items = t;
    const double *p = m_theta.data();
    const Map<const MatrixXd> wk(p + l.wk, h, c.itemFeatures), wv(p + l.wv, h, c.itemFeatures);
    const Map<const MatrixXd> wq(p + l.wq, h, c.queryFeatures), wo(p + l.wo, h, 2 * h);
    const Map<const VectorXd> waQ(p + l.wa, h), waK(p + l.wa + h, h), bo(p + l.bo, h);

    const auto x = items.rightCols(t); // the most recent T items
    m_k.leftCols(t).noalias() = wk * x;
    m_v.leftCols(t).noalias() = wv * x;
    m_q.noalias() = wq * query;
    m_e.head(t).noalias() = m_k.leftCols(t).transpose() * waK;
    m_e.head(t).array() += waQ.dot(m_q) + p[l.ba];
    for (int i = 0; i < t; ++i)
        m_a(i) = logistic(m_e(i));
    const double total = m_a.head(t).sum();
    m_context.noalias() = m_v.leftCols(t) * m_a.head(t);
    m_context /= total;
    m_vbar = m_v.leftCols(t).rowwise().sum() / double(t);
    m_z = m_context + bo;
    m_z.noalias() += wo.leftCols(h) * m_q;
    m_z.noalias() += wo.rightCols(h) * m_vbar;
    m_h = m_z.array().tanh();

    const Map<const VectorXd> wp(p + l.wp, h), up(p + l.up, c.queryFeatures);
    const Map<const VectorXd> wm(p + l.wm, h), um(p + l.um, c.queryFeatures), ws(p + l.ws, h);
    m_logit = wp.dot(m_h) + up.dot(query) + p[l.bp];
    m_mu = wm.dot(m_h) + um.dot(query) + p[l.bm];
    m_logSd = ws.dot(m_h) + p[l.bs];
    return total;
}

Prediction AttentionModel::predict(const MatrixXd &items, const VectorXd &query)
{
    forward(items, query);
    return {logistic(m_logit), m_mu, std::exp(m_logSd)};
}

void AttentionModel::addL2(VectorXd &gradient, double &loss) const
{
    const double l2 = m_config.l2;
    loss += 0.5 * l2 * (m_theta.array().square() * m_isWeight.array()).sum();
    gradient.array() += l2 * m_theta.array() * m_isWeight.array();
}

double AttentionModel::loss(const Example &example)
{
    VectorXd unused = VectorXd::Zero(m_theta.size());
    return lossAndGradient(example, unused);
}

double AttentionModel::lossAndGradient(const Example &ex, VectorXd &gradient)
{
    const Config &c = m_config;
    const Layout &l = m_layout;
    const int h = c.hidden;
    const double total = forward(ex.items, ex.query);
    const int t = m_items;
    const auto x = ex.items.rightCols(t);

    // Loss: cross-entropy on the logit, Gaussian NLL of the log RT (constant ½ log 2π left out).
    double value = softplus(m_logit) - ex.correct * m_logit;
    const double sd2 = std::exp(2.0 * m_logSd);
    const double residual = ex.logRt - m_mu;
    if (ex.responded)
        value += m_logSd + residual * residual / (2.0 * sd2);

    const double dLogit = logistic(m_logit) - ex.correct;
    const double dMu = ex.responded ? -residual / sd2 : 0.0;
    const double dLogSd = ex.responded ? 1.0 - residual * residual / sd2 : 0.0;

    const double *p = m_theta.data();
    double *g = gradient.data();
    const Map<const VectorXd> wp(p + l.wp, h), wm(p + l.wm, h), ws(p + l.ws, h);
    Map<VectorXd>(g + l.wp, h) += dLogit * m_h;
    Map<VectorXd>(g + l.up, c.queryFeatures) += dLogit * ex.query;
    g[l.bp] += dLogit;
    Map<VectorXd>(g + l.wm, h) += dMu * m_h;
    Map<VectorXd>(g + l.um, c.queryFeatures) += dMu * ex.query;
    g[l.bm] += dMu;
    Map<VectorXd>(g + l.ws, h) += dLogSd * m_h;
    g[l.bs] += dLogSd;

    // h = tanh(z), z = context + W_o[Q; V̄] + b_o
    m_dh = dLogit * wp + dMu * wm + dLogSd * ws;
    m_dz = m_dh.array() * (1.0 - m_h.array().square());
    const Map<const MatrixXd> wo(p + l.wo, h, 2 * h);
    Map<MatrixXd> gWo(g + l.wo, h, 2 * h);
    gWo.leftCols(h).noalias() += m_dz * m_q.transpose();
    gWo.rightCols(h).noalias() += m_dz * m_vbar.transpose();
    Map<VectorXd>(g + l.bo, h) += m_dz;
    m_dq.noalias() = wo.leftCols(h).transpose() * m_dz;
    m_dvbar.noalias() = wo.rightCols(h).transpose() * m_dz;

    // context = Σ A_i V_i with A_i = a_i / Σ a_j, a_i = σ(e_i)
    const auto weights = m_a.head(t) / total;
    m_dv.leftCols(t).noalias() = m_dz * weights.transpose();
    m_dv.leftCols(t).colwise() += m_dvbar / double(t);
    m_de.head(t).noalias() = m_v.leftCols(t).transpose() * m_dz; // dL/dA_i
    const double mean = m_de.head(t).dot(weights);
    m_de.head(t).array() =
        (m_de.head(t).array() - mean) / total * m_a.head(t).array() * (1.0 - m_a.head(t).array());

    // e_i = w_aQ·Q + w_aK·K_i + b_a
    const Map<const VectorXd> waQ(p + l.wa, h), waK(p + l.wa + h, h);
    const double sumDe = m_de.head(t).sum();
    Map<VectorXd>(g + l.wa, h) += sumDe * m_q;
    Map<VectorXd>(g + l.wa + h, h).noalias() += m_k.leftCols(t) * m_de.head(t);
    g[l.ba] += sumDe;
    m_dq += sumDe * waQ;
    m_dk.leftCols(t).noalias() = waK * m_de.head(t).transpose();

    // K = W_k X, V = W_v X, Q = W_q q
    Map<MatrixXd>(g + l.wk, h, c.itemFeatures).noalias() += m_dk.leftCols(t) * x.transpose();
    Map<MatrixXd>(g + l.wv, h, c.itemFeatures).noalias() += m_dv.leftCols(t) * x.transpose();
    Map<MatrixXd>(g + l.wq, h, c.queryFeatures).noalias() += m_dq * ex.query.transpose();

    addL2(gradient, value);
    return value;
}

std::vector<std::uint8_t> AttentionModel::serialise() const
{
    const std::int32_t dims[] = {m_config.itemFeatures, m_config.queryFeatures, m_config.hidden,
                                 m_config.maxItems};
    std::vector<std::uint8_t> bytes(8 + sizeof dims + sizeof(double) * (1 + m_theta.size()));
    std::uint8_t *out = bytes.data();
    std::memcpy(out, &kMagic, 4);
    std::memcpy(out + 4, &kFormat, 4);
    std::memcpy(out + 8, dims, sizeof dims);
    std::memcpy(out + 8 + sizeof dims, &m_config.l2, sizeof(double));
    std::memcpy(out + 8 + sizeof dims + sizeof(double), m_theta.data(),
                sizeof(double) * std::size_t(m_theta.size()));
    return bytes;
}

std::optional<AttentionModel> AttentionModel::deserialise(const std::vector<std::uint8_t> &bytes)
{
    std::int32_t dims[4];
    std::uint32_t magic = 0, format = 0;
    if (bytes.size() < 8 + sizeof dims + sizeof(double))
        return std::nullopt;
    std::memcpy(&magic, bytes.data(), 4);
    std::memcpy(&format, bytes.data() + 4, 4);
    std::memcpy(dims, bytes.data() + 8, sizeof dims);
    if (magic != kMagic || format != kFormat)
        return std::nullopt;
    for (std::int32_t d : dims)
        if (d < 1 || d > 4096)
            return std::nullopt;
    Config config;
    config.itemFeatures = dims[0];
    config.queryFeatures = dims[1];
    config.hidden = dims[2];
    config.maxItems = dims[3];
    std::memcpy(&config.l2, bytes.data() + 8 + sizeof dims, sizeof(double));
    AttentionModel model(config);
    const std::size_t expected =
        8 + sizeof dims + sizeof(double) * (1 + std::size_t(model.m_theta.size()));
    if (bytes.size() != expected)
        return std::nullopt;
    std::memcpy(model.m_theta.data(), bytes.data() + 8 + sizeof dims + sizeof(double),
                sizeof(double) * std::size_t(model.m_theta.size()));
    if (!model.m_theta.allFinite())
        return std::nullopt;
    return model;
}

} // namespace attend::attention
