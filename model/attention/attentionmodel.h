#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <optional>
#include <vector>

namespace attend::attention {

// One observed trial as the model sees it (DESIGN.md §5), features already normalised.
struct Example
{
    Eigen::MatrixXd items; // F × T: the person's previous T trials (T ≥ 1, at most maxItems)
    Eigen::VectorXd query; // Q: the trial to predict (candidate difficulty, condition, …)
    double correct = 0.0;  // 1 or 0
    bool responded = false;
    double logRt = 0.0; // standardised log RT, when responded
};

struct Prediction
{
    double pCorrect = 0.5;
    double logRtMean = 0.0;
    double logRtSd = 1.0;
};

// The founding document's additive attention as a performance model:
//   K_i = W_k x_i, V_i = W_v x_i, Q = W_q q
//   a_i = σ(w_a·[Q; K_i] + b_a), A_i = a_i / Σ_j a_j          (normalised over items)
//   h = tanh(Σ_i A_i V_i + W_o [Q; V̄] + b_o),  V̄ the mean of the V_i
//   logit P(correct) = w_p·h + u_p·q + b_p
//   log-RT mean      = w_m·h + u_m·q + b_m,  log-RT log-SD = w_s·h + b_s
// The u·q terms are a direct path from the query, so with the attention part at zero the model
// is a regularised logistic (and linear) regression on the query. Loss per example:
// cross-entropy + Gaussian negative log-likelihood of the log RT (when there was a response)
// + λ/2 · ‖weights‖² (biases not penalised). Gradients are written out by hand.
class AttentionModel
{
public:
    struct Config
    {
        int itemFeatures = 6;
        int queryFeatures = 4;
        int hidden = 8;
        int maxItems = 64;
        double l2 = 1e-3;
    };

    explicit AttentionModel(const Config &config);

    const Config &config() const { return m_config; }
    int parameterCount() const { return int(m_theta.size()); }
    // All parameters as one vector (the optimiser and the serialiser work on it).
    Eigen::VectorXd &parameters() { return m_theta; }
    const Eigen::VectorXd &parameters() const { return m_theta; }
    // Small random weights from `seed`, biases zero.
    void initialise(std::uint64_t seed, double scale = 0.1);

    Prediction predict(const Eigen::MatrixXd &items, const Eigen::VectorXd &query);
    // Loss of one example; adds its gradient to `gradient` (same layout as parameters()).
    double lossAndGradient(const Example &example, Eigen::VectorXd &gradient);
    double loss(const Example &example);

    // Bytes: magic, format version, the config and the parameters (little-endian doubles).
    std::vector<std::uint8_t> serialise() const;
    static std::optional<AttentionModel> deserialise(const std::vector<std::uint8_t> &bytes);

private:
    struct Layout
    {
        int wk, wv, wq, wa, ba, wo, bo, wp, up, bp, wm, um, bm, ws, bs, total;
    };
    static Layout layoutFor(const Config &c);
    double forward(const Eigen::MatrixXd &items, const Eigen::VectorXd &query);
    void addL2(Eigen::VectorXd &gradient, double &loss) const;

    Config m_config;
    Layout m_layout;
    Eigen::VectorXd m_theta;
    Eigen::VectorXd m_isWeight; // 1 for penalised entries, 0 for biases

    // Work space, sized once: the per-trial path allocates nothing.
    int m_items = 0;
    Eigen::MatrixXd m_k, m_v;
    Eigen::VectorXd m_q, m_e, m_a, m_weights, m_context, m_vbar, m_z, m_h;
    double m_logit = 0.0, m_mu = 0.0, m_logSd = 0.0;
    Eigen::VectorXd m_dh, m_dz, m_dq, m_dvbar, m_de;
    Eigen::MatrixXd m_dk, m_dv;
};

} // namespace attend::attention
