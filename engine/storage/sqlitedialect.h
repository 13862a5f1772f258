#pragma once

#include "dialect.h"

namespace attend {

// SQLite, the embedded default: one file, write-ahead logging, synchronous = FULL, the schema
// version in PRAGMA user_version.
class SqliteDialect final : public Dialect
{
public:
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    bool isServer() const override { return false; }
    // The file's reader may read all of it; the app's clinician lock guards names.
    Result<bool> clinicianRights(QSqlDatabase &, const QString &) const override { return true; }
    Result<QString> checkLocation(const QString &location, bool mayCreate) const override;
    QStringList beginWriteTransaction() const override
    {
        return {QStringLiteral("BEGIN IMMEDIATE")};
    }
    QString returningId(const QString &insert) const override { return insert; }
    QString jsonIsFalse(const QString &column) const override;
    QVariant jsonPath(const QStringList &keys) const override;
    Result<int> probeVersion(const QString &location, int busyTimeoutMs) const override;
    void prepare(QSqlDatabase &db, const QString &location, int busyTimeoutMs,
                 bool readOnly) const override;
    Result<void> configure(QSqlDatabase &db, const QString &location, bool durableCommits,
                           int busyTimeoutMs, bool readOnly) const override;
    bool hasSideFiles(const QString &location) const override;
    void tidySideFiles(const QString &location, int busyTimeoutMs) const override;
    QString adaptDdl(QString ddl) const override;
    Result<int> schemaVersion(QSqlDatabase &db, const QString &location) const override;
    Result<void> setSchemaVersion(QSqlDatabase &db, int version,
                                  const QString &location) const override;
    QStringList logProblems(const QString &location) const override;
    Result<QStringList> integrityCheck(QSqlDatabase &db, const QString &location) const override;
    std::unique_ptr<SessionHold> holdSession(QSqlDatabase &db, const QString &location,
                                             qint64 id) const override;
    bool sessionHeld(QSqlDatabase &db, const QString &location, qint64 id) const override;
    Error classify(const QSqlError &error, const QString &what,
                   const QString &location) const override;

private:
    Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QString &location) const;
    Result<int> probe(const QString &location, int busyTimeoutMs, bool readOnly) const;
};

} // namespace attend
