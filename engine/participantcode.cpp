#include "participantcode.h"

#include <QCoreApplication>

namespace attend {

QString ParticipantCode::problem(const QString &code)
{
    if (code.isEmpty())
        return tr("Enter a participant code.");
    if (code.size() > kMaxLength)
        return tr("A participant code has at most %1 characters.").arg(kMaxLength);
    for (const QChar c : code) {
        const bool asciiLetterOrDigit =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!asciiLetterOrDigit)
            return tr("A participant code may contain only the letters A–Z and the digits 0–9 "
                      "(\"%1\" is not allowed), so that it is a valid BIDS label.")
                .arg(c == u' ' ? tr("space") : QString(c));
    }
    return {};
}

} // namespace attend
