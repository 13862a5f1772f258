#include "sqlitewalcheck.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <optional>

namespace attend {

namespace {

constexpr int kWalHeader = 32, kFrameHeader = 24;
constexpr quint32 kMagicLittle = 0x377f0682, kMagicBig = 0x377f0683;

struct Checksum
{
    quint32 s0 = 0, s1 = 0;
    bool operator==(const Checksum &) const = default;
};

// SQLite's WAL checksum over `bytes` (a multiple of 8), continuing from `sum`; the words are
// big-endian when the magic number's lowest bit is set, little-endian otherwise.
Checksum checksum(const char *bytes, int size, Checksum sum, bool bigEndian)
{
    for (int i = 0; i + 8 <= size; i += 8) {
        const auto word = [&](int at) {
            return bigEndian ? qFromBigEndian<quint32>(bytes + at)
                             : qFromLittleEndian<quint32>(bytes + at);
        };
        sum.s0 += word(i) + sum.s1;
        sum.s1 += word(i + 4) + sum.s0;
    }
    return sum;
}

quint32 be32(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

// The number of frames the index (-shm) says the log holds; none without a usable index.
std::optional<quint32> indexedFrames(const QString &shmPath)
{
    QFile shm(shmPath);
    if (!shm.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = shm.read(48);
    // The index is in the computer's own byte order; isInit (byte 12) says it was built.
    if (header.size() < 48 || header[12] == 0)
        return std::nullopt;
    return qFromUnaligned<quint32>(header.constData() + 16);
}

struct LogScan
{
    quint32 valid = 0;     // frames up to and with the last valid commit
    quint32 unusable = 0;  // frames of the current log after the first bad one
    bool cutShort = false; // the file ends inside a frame of the current log
};

LogScan scan(const QByteArray &log)
{
    LogScan out;
    const bool big = be32(log, 0) == kMagicBig;
    const quint32 pageSize = be32(log, 8);
    const qsizetype frame = kFrameHeader + qsizetype(pageSize);
    Checksum sum = checksum(log.constData(), 24, {}, big);
    bool broken = !(sum == Checksum{be32(log, 24), be32(log, 28)});
    quint32 index = 0;
    for (qsizetype at = kWalHeader; at < log.size(); at += frame, ++index) {
        const bool current = at + 16 <= log.size() && be32(log, at + 8) == be32(log, 16) &&
                             be32(log, at + 12) == be32(log, 20);
        if (!current)
            break; // a frame of an earlier log, which SQLite rightly ignores
        if (at + frame > log.size()) {
            out.cutShort = true;
            break;
        }
        if (!broken) {
            sum = checksum(log.constData() + at, 8, sum, big);
            sum = checksum(log.constData() + at + kFrameHeader, int(pageSize), sum, big);
            broken = !(sum == Checksum{be32(log, at + 16), be32(log, at + 20)});
        }
        if (broken)
            ++out.unusable;
        else if (be32(log, at + 4) != 0) // a commit frame: the database's size after it
            out.valid = index + 1;
    }
    return out;
}

} // namespace

QStringList SqliteWalCheck::problems(const QString &databasePath)
{
    const QString walPath = databasePath + QStringLiteral("-wal");
    const std::optional<quint32> indexed = indexedFrames(databasePath + QStringLiteral("-shm"));
    QFile wal(walPath);
    if (!wal.exists() || wal.size() == 0) {
        if (indexed && *indexed > 0)
            return {tr("The write-ahead log %1 is missing or empty, but its index lists %2 "
                       "frames: changes committed since the last checkpoint are lost.")
                        .arg(walPath)
                        .arg(*indexed)};
        return {};
    }
    if (!wal.open(QIODevice::ReadOnly))
        return {tr("The write-ahead log %1 cannot be read.").arg(walPath)};
    const QByteArray log = wal.readAll();
    if (log.size() < kWalHeader || (be32(log, 0) != kMagicLittle && be32(log, 0) != kMagicBig))
        return {
            tr("The write-ahead log %1 is damaged: its header is not that of a log.").arg(walPath)};
    const LogScan s = scan(log);
    QStringList out;
    if (s.unusable > 0)
        out << tr("The write-ahead log %1 is damaged: %2 frames after frame %3 fail their "
                  "checksum, so the changes in them cannot be applied.")
                   .arg(walPath)
                   .arg(s.unusable)
                   .arg(s.valid);
    if (s.cutShort)
        out << tr("The write-ahead log %1 was cut short in the middle of a frame.").arg(walPath);
    if (indexed && *indexed > s.valid && out.isEmpty())
        out << tr("The write-ahead log %1 holds %2 usable frames, but its index lists %3: "
                  "committed changes are missing.")
                   .arg(walPath)
                   .arg(s.valid)
                   .arg(*indexed);
    return out;
}

} // namespace attend
