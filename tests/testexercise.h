#pragma once

// A small exercise that exists only in tests, so that registry and home page can be exercised
// before (and independently of) the real exercises.

#include "exercise.h"

namespace attend::testing {

class TestExercise : public Exercise
{
public:
    explicit TestExercise(QString id) : m_id(std::move(id)) {}
    QString id() const override { return m_id; }
    QString displayName() const override { return QStringLiteral("Test exercise %1").arg(m_id); }
    QString description() const override { return QStringLiteral("Press a key."); }

private:
    QString m_id;
};

} // namespace attend::testing
