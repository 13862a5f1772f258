#pragma once

#include <QCoreApplication>
#include <QString>

namespace attend {

// A storage failure as a value: what went wrong and where, ready to show to a person.
class StorageError
{
    // Every storage message is translated in this one context.
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    enum class Kind {
        FolderNotWritable,
        FileReadOnly,
        NotADatabase,
        NewerSchema,
        Locked,
        Corrupt,
        Unsupported,
        Duplicate,
        NotFound,
        InvalidInput,
        Query,
    };

    StorageError(Kind kind, QString message, QString path = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString path() const { return m_path; }

private:
    Kind m_kind;
    QString m_message;
    QString m_path;
};

} // namespace attend
