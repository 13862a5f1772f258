// The adaptive engine measured in the product (DESIGN.md §5): simulated trainees run through real
// training sessions with TraineeSimulation — the code `attend-cli simulate` runs, trial by trial
// through the same SessionRunner and TrialPlayback as the GUI — and then, per exercise, only the
// trials the level adapts on in training sessions are scored:
//   late accuracy  accuracy over the second half of each training session (target 0.85 ± 0.04)
//   pred − obs     mean predicted P(correct) − mean correct, with the predictions the product
//                  stored before each trial (target |·| ≤ 0.03)
//   Brier          the model's, a causal running mean of the person's accuracy per condition,
//                  and always predicting the target (the model must beat the first and not lose
//                  to the second)
//   log-RT RMSE    the model's predicted RT against a running mean of the person's log RT
//   by rule        the share of these trials whose level the staircase chose (before the model
//                  has 20 of the person's trials, or while it is uncertain), and the model's
//                  Brier score minus the constant's on those and on the rest (docs/model.md,
//                  "Why the go/no-go exercises trail the constant")
// for several seeds, with the spread across seeds; last, the model's Brier score minus the
// constant's and its log-RT RMSE minus the running mean's, each with a 95 % interval for its mean
// over the seeds (each seed draws other people and noise, so the seeds are independent
// replications: mean ± t(0.975, seeds − 1) · SD / √seeds).
// usage: productbench [--seeds N] [--participants N] [--sessions N] [--population FILE.json]
// (resources/populations/ holds two populations the prior was not fitted on)

#include "builtinexercises.h"
#include "evaluation/baselines.h"
#include "evaluation/forecastscore.h"
#include "exerciseregistry.h"
#include "sceneregistry.h"
#include "session/adaptivetraining.h"
#include "session/traineesimulation.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <map>

using namespace attend;

namespace {

struct Figures
{
    double lateAccuracy = NAN, calibration = NAN, brierModel = NAN, brierRunning = NAN,
           brierTarget = NAN, rtModel = NAN, rtRunning = NAN, staircaseShare = NAN,
           excessStaircase = NAN, excessChosen = NAN, excessTarget = NAN;
    int n = 0;
};

struct Accumulator
{
    evaluation::ForecastScore model, running, target, rtModel, rtRunning;
    // By the rule that chose the level: the staircase, or the model (and its exploration).
    evaluation::ForecastScore staircaseModel, staircaseTarget, chosenModel, chosenTarget;
    int late = 0, lateCorrect = 0;
};

// One person's adapted training trials of one exercise, in order, scored as they came.
void scorePerson(Database &db, qint64 participant, const QString &exercise, Accumulator &acc)
{
    evaluation::RunningMeanByCondition accuracy(adaptive::kTargetAccuracy);
    evaluation::RunningMean logRt(std::log(600.0));
    const auto sessions = SessionRepository(db).forParticipant(participant);
    if (!sessions)
        return;
    for (const SessionInfo &s : sessions.value()) {
        if (s.exercise != exercise || s.mode != SessionMode::Training)
            continue;
        const auto stored = SessionRepository(db).load(s.id);
        const auto trials = TrialRepository(db).forSession(s.id);
        if (!stored || !trials)
            return;
        const QStringList conditions =
            AdaptiveTraining::adaptingConditions(stored.value().parameters);
        std::vector<TrialRecord> adapted;
        for (const TrialRecord &t : trials.value())
            if (AdaptiveTraining::informs(conditions, t))
                adapted.push_back(t);
        for (std::size_t i = 0; i < adapted.size(); ++i) {
            const TrialRecord &t = adapted[i];
            if (i >= adapted.size() / 2) {
                ++acc.late;
                acc.lateCorrect += t.correct;
            }
            if (t.predictedCorrect) {
                acc.model.add(*t.predictedCorrect, t.correct);
                acc.running.add(accuracy.predict(t.condition), t.correct);
                acc.target.add(adaptive::kTargetAccuracy, t.correct);
                const bool staircase = t.controllerRule == "staircase";
                (staircase ? acc.staircaseModel : acc.chosenModel)
                    .add(*t.predictedCorrect, t.correct);
                (staircase ? acc.staircaseTarget : acc.chosenTarget)
                    .add(adaptive::kTargetAccuracy, t.correct);
            }
            accuracy.update(t.condition, t.correct ? 1.0 : 0.0);
            if (const auto rt = t.rtMs(); rt && *rt > 0.0) {
                if (t.predictedRtMs && *t.predictedRtMs > 0.0) {
                    acc.rtModel.addLogRt(std::log(*t.predictedRtMs), std::log(*rt));
                    acc.rtRunning.addLogRt(logRt.predict(), std::log(*rt));
                }
                logRt.update(std::log(*rt));
            }
        }
    }
}

// The model's Brier score minus the constant's on the same trials; none without trials.
double excess(const evaluation::ForecastScore &model, const evaluation::ForecastScore &constant)
{
    const auto a = model.brier(), b = constant.brier();
    return a && b ? *a - *b : NAN;
}

std::map<QString, Figures> runSeed(const ExerciseRegistry &registry, quint64 seed, int participants,
                                   int sessions, const PopulationFile &population)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")),
                             Database::Options{5000, std::nullopt, false});
    SimulationPlan plan;
    plan.participants = participants;
    plan.sessions = sessions;
    plan.seed = seed;
    plan.population = population;
    plan.resamples = 0; // the sessions' intervals are not what this measures
    for (const auto &e : registry.all())
        plan.exercises << e->id();
    const auto codes = TraineeSimulation(*db.value(), registry).run(plan, {});
    std::map<QString, Figures> out;
    if (!codes) {
        std::fprintf(stderr, "productbench: %s\n", qPrintable(codes.error().message()));
        return out;
    }
    for (const QString &exercise : plan.exercises) {
        Accumulator acc;
        for (const QString &code : codes.value())
            scorePerson(*db.value(), ParticipantRepository(*db.value()).byCode(code).value().id,
                        exercise, acc);
        Figures &f = out[exercise];
        f.n = acc.model.n();
        f.lateAccuracy = acc.late ? double(acc.lateCorrect) / acc.late : NAN;
        f.calibration = acc.model.calibration().value_or(NAN);
        f.brierModel = acc.model.brier().value_or(NAN);
        f.brierRunning = acc.running.brier().value_or(NAN);
        f.brierTarget = acc.target.brier().value_or(NAN);
        f.rtModel = acc.rtModel.logRtRmse().value_or(NAN);
        f.rtRunning = acc.rtRunning.logRtRmse().value_or(NAN);
        f.staircaseShare = f.n ? double(acc.staircaseModel.n()) / f.n : NAN;
        f.excessStaircase = excess(acc.staircaseModel, acc.staircaseTarget);
        f.excessChosen = excess(acc.chosenModel, acc.chosenTarget);
        f.excessTarget = excess(acc.model, acc.target);
    }
    return out;
}

struct Spread
{
    double mean = 0.0, sd = 0.0;
};

Spread spreadOf(const std::vector<double> &values)
{
    Spread s;
    for (double v : values)
        s.mean += v / double(values.size());
    double ss = 0.0;
    for (double v : values)
        ss += (v - s.mean) * (v - s.mean);
    s.sd = values.size() > 1 ? std::sqrt(ss / double(values.size() - 1)) : 0.0;
    return s;
}

// "mean ± SD" over the seeds that have the figure (a seed whose staircase chose no level has no
// Brier score on the staircase's trials); "-" when none has it.
void print(const std::vector<double> &values, int decimals)
{
    std::vector<double> present;
    std::copy_if(values.begin(), values.end(), std::back_inserter(present),
                 [](double v) { return !std::isnan(v); });
    if (present.empty()) {
        std::printf(" %12s", "-");
        return;
    }
    const Spread s = spreadOf(present);
    std::printf(" %+.*f±%.*f", decimals, s.mean, decimals, s.sd);
}

// "[low, high]": the 95 % interval of the mean over the seeds (none with one seed).
void printInterval(const std::vector<double> &values)
{
    const Spread s = spreadOf(values);
    const auto n = double(values.size());
    if (n < 2) {
        std::printf(" %18s", "-");
        return;
    }
    const double t = boost::math::quantile(boost::math::students_t(n - 1), 0.975);
    std::printf(" [%+.4f, %+.4f]", s.mean - t * s.sd / std::sqrt(n),
                s.mean + t * s.sd / std::sqrt(n));
}

int option(const QStringList &args, const char *name, int fallback)
{
    const int i = int(args.indexOf(QString::fromLatin1(name)));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    // Twelve: with six, the 95 % intervals of the smallest differences (older adults' go/no-go,
    // some 0.0005) were twice as wide as the differences themselves (docs/model.md).
    const int seeds = option(args, "--seeds", 12);
    const int participants = option(args, "--participants", 8);
    const int sessions = option(args, "--sessions", 4);
    ExerciseRegistry registry;
    SceneRegistry scenes;
    registerBuiltInExercises(registry, scenes);
    PopulationFile population;
    if (const int i = int(args.indexOf(QStringLiteral("--population"))); i >= 0) {
        auto read = PopulationFile::read(args.value(i + 1));
        if (!read) {
            std::fprintf(stderr, "productbench: %s\n", qPrintable(read.error().message()));
            return 2;
        }
        population = read.value();
    }
    std::map<QString, std::vector<Figures>> all;
    for (int s = 0; s < seeds; ++s)
        for (const auto &[exercise, f] :
             runSeed(registry, quint64(s + 1), participants, sessions, population))
            all[exercise].push_back(f);
    std::printf("%s: %d seeds × %d people × %d sessions (first an assessment); adapted training "
                "trials only; mean±SD over seeds\n",
                population.name().isEmpty() ? "standard population" : qPrintable(population.name()),
                seeds, participants, sessions);
    std::printf("%-18s %6s %12s %12s %12s %12s %12s %12s %12s %12s %12s %12s %18s %18s\n",
                "exercise", "n", "late acc", "pred-obs", "Brier model", "Brier run", "Brier 0.85",
                "logRT model", "logRT run", "stair share", "B-0.85 stair", "B-0.85 model",
                "B-0.85 95% CI", "logRT-run 95% CI");
    for (const auto &[exercise, figures] : all) {
        std::printf("%-18s %6d", qPrintable(exercise), figures.front().n);
        for (double Figures::*field :
             {&Figures::lateAccuracy, &Figures::calibration, &Figures::brierModel,
              &Figures::brierRunning, &Figures::brierTarget, &Figures::rtModel, &Figures::rtRunning,
              &Figures::staircaseShare, &Figures::excessStaircase, &Figures::excessChosen}) {
            std::vector<double> v;
            for (const Figures &f : figures)
                v.push_back(f.*field);
            print(v, 4);
        }
        std::vector<double> excess, rtExcess;
        for (const Figures &f : figures) {
            excess.push_back(f.excessTarget);
            rtExcess.push_back(f.rtModel - f.rtRunning);
        }
        printInterval(excess);
        printInterval(rtExcess);
        std::printf("\n");
    }
    return 0;
}
