#pragma once

#include "storageerror.h"

#include <optional>
#include <utility>
#include <variant>

namespace attend {

// Either a value or a StorageError; callers must look before they take the value.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(StorageError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const StorageError &error() const { return std::get<StorageError>(m_state); }

private:
    std::variant<T, StorageError> m_state;
};

// Success or a StorageError, for operations without a value.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(StorageError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const StorageError &error() const { return *m_error; }

private:
    std::optional<StorageError> m_error;
};

} // namespace attend
