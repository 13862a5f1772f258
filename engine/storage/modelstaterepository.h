#pragma once

#include "result.h"

#include <QByteArray>
#include <optional>

namespace attend {

class Database;

// A participant's attention-model weights per exercise (DESIGN.md §3, model_states).
struct ModelState
{
    int modelVersion = 0;
    QByteArray weights;   // AttentionModel::serialise()
    qint64 trainedOn = 0; // trials the weights have learnt from
};

class ModelStateRepository
{
public:
    explicit ModelStateRepository(Database &db) : m_db(db) {}

    // Replaces the stored state of this participant and exercise (one statement).
    Result<void> save(qint64 participantId, const QString &exercise, const ModelState &state);
    Result<std::optional<ModelState>> load(qint64 participantId, const QString &exercise);

private:
    Database &m_db;
};

} // namespace attend
