#include "error.h"

namespace attend {

Error::Error(Kind kind, QString message, QString path)
    : m_kind(kind), m_message(std::move(message)), m_path(std::move(path))
{}

} // namespace attend
