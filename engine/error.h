#pragma once

#include <QCoreApplication>
#include <QString>
#include <utility>

namespace attend {

// A failure as a value (storage, input, export, simulation): what went wrong and where, ready
// to show to a person. Callers tell a usage problem, a data problem and a cancellation apart by
// its kind.
class Error
{
    // Every such message is translated in this one context.
    Q_DECLARE_TR_FUNCTIONS(Error)

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
        Unreachable,  // a database server that does not answer
        AccessDenied, // a server that refuses the user, the password or the operation
        Cancelled,    // the person stopped it; nothing went wrong
    };

    Error(Kind kind, QString message, QString path = {});
    static Error invalidInput(QString message, QString path)
    {
        return Error(Kind::InvalidInput, std::move(message), std::move(path));
    }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString path() const { return m_path; }

private:
    Kind m_kind;
    QString m_message;
    QString m_path;
};

} // namespace attend
