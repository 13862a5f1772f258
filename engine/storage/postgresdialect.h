#pragma once

#include "dialect.h"

namespace attend {

// PostgreSQL, a clinic's shared store (issue #23, docs/clinic.md): a database on a server named by
// a postgresql:// URL (PostgresLocation). The server creates nothing but Attend's tables: the
// database itself, its roles and their passwords are the server administrator's. The schema
// version is the one row of the table attend_schema.
class PostgresDialect final : public Dialect
{
public:
    QString driver() const override { return QStringLiteral("QPSQL"); }
    bool isServer() const override { return true; }
    Result<bool> clinicianRights(QSqlDatabase &db, const QString &location) const override;
    Result<QString> checkLocation(const QString &location, bool mayCreate) const override;
    Result<int> probeVersion(const QString &location, int busyTimeoutMs) const override;
    void prepare(QSqlDatabase &db, const QString &location, int busyTimeoutMs,
                 bool readOnly) const override;
    QStringList beginWriteTransaction() const override;
    QString returningId(const QString &insert) const override;
    QString jsonIsFalse(const QString &column) const override;
    QVariant jsonPath(const QStringList &keys) const override;
    Result<void> configure(QSqlDatabase &db, const QString &location, bool durableCommits,
                           int busyTimeoutMs, bool readOnly) const override;
    bool hasSideFiles(const QString &) const override { return false; }
    void tidySideFiles(const QString &, int) const override {}
    QString adaptDdl(QString ddl) const override;
    Result<int> schemaVersion(QSqlDatabase &db, const QString &location) const override;
    Result<void> setSchemaVersion(QSqlDatabase &db, int version,
                                  const QString &location) const override;
    QStringList logProblems(const QString &) const override { return {}; }
    Result<QStringList> integrityCheck(QSqlDatabase &db, const QString &location) const override;
    std::unique_ptr<SessionHold> holdSession(QSqlDatabase &db, const QString &location,
                                             qint64 id) const override;
    bool sessionHeld(QSqlDatabase &db, const QString &location, qint64 id) const override;
    Error classify(const QSqlError &error, const QString &what,
                   const QString &location) const override;

private:
    Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QString &location) const;
    Error connectionError(const QSqlError &error, const QString &location) const;
};

} // namespace attend
