#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace attend {

// Every stored measure's definition in one sentence with its source, from docs/metrics.md: what
// the data dictionary, the REDCap dictionary and the BIDS sidecars say a measure column means.
// Keys made from values (a set size, an interval, a block) are matched by their pattern.
class MeasureDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(MeasureDefinitions)

public:
    struct Definition
    {
        QString text;   // one sentence
        QString source; // the paper(s) the definition follows
    };

    // None for a key no exercise stores (a test checks that every stored key has one).
    static std::optional<Definition> of(const QString &key);
    // The same in the person's language, for the screens (files keep the English one).
    static std::optional<Definition> translated(const QString &key);
    // A stored unit ("ms", "ms/item", "ms/s", "%") as people read it in their language; the
    // stored text stays the key in files.
    static QString unitName(const QString &unit);
    // Whether a smaller value is the better performance, for the measures charted as progress
    // (each exercise's assessment key measure); false where no direction is stated.
    static bool lowerIsBetter(const QString &key);
    // What such a measure is, in words a participant reads ("the extra time you needed when the
    // rule changed"); none for other measures.
    static std::optional<QString> plainWords(const QString &key);

private:
    static std::optional<Definition> define(const QString &key, bool translate);
    static QString keyWord(const QString &word);
};

} // namespace attend
