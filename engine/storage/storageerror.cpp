#include "storageerror.h"

namespace attend {

StorageError::StorageError(Kind kind, QString message, QString path)
    : m_kind(kind), m_message(std::move(message)), m_path(std::move(path))
{}

} // namespace attend
