#pragma once

#include <QCoreApplication>
#include <QString>

namespace attend {

// Why a measure has no value, as people read it. The metrics library (model/, no Qt) gives its
// reasons in English, and a session stores them so; screens and reports show them through this
// table in the person's language. A reason not in the table is shown as stored (a test checks
// that every reason model/metrics writes is in it).
class MetricReasons
{
    Q_DECLARE_TR_FUNCTIONS(MetricReasons)

public:
    static QString translated(const QString &reason);
};

} // namespace attend
