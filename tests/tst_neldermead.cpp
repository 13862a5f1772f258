#include "metrics/neldermead.h"

#include <QTest>

using namespace attend::metrics;

class TestNelderMead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsTheRosenbrockMinimum();
    void findsTheCentreOfAQuadraticBowl();
};

void TestNelderMead::findsTheRosenbrockMinimum()
{
    // Rosenbrock (1960): minimum 0 at (1, 1) at the end of a curved valley.
    const auto rosenbrock = [](const Eigen::VectorXd &p) {
        return 100.0 * std::pow(p(1) - p(0) * p(0), 2) + std::pow(1.0 - p(0), 2);
    };
    Eigen::VectorXd start(2);
    start << -1.2, 1.0;
    const NelderMeadResult r = nelderMead(rosenbrock, start);
    QVERIFY(r.converged);
    QVERIFY(qAbs(r.x(0) - 1.0) < 1e-5);
    QVERIFY(qAbs(r.x(1) - 1.0) < 1e-5);
    QVERIFY(r.value < 1e-10);
}

void TestNelderMead::findsTheCentreOfAQuadraticBowl()
{
    Eigen::VectorXd centre(4);
    centre << 3.0, -2.0, 0.5, 100.0;
    const auto bowl = [&](const Eigen::VectorXd &p) {
        return (p - centre).cwiseProduct(Eigen::Vector4d(1, 2, 3, 0.01)).squaredNorm();
    };
    const NelderMeadResult r = nelderMead(bowl, Eigen::VectorXd::Zero(4));
    QVERIFY((r.x - centre).cwiseAbs().maxCoeff() < 1e-4);
}

QTEST_APPLESS_MAIN(TestNelderMead)
#include "tst_neldermead.moc"
