#include "charttextobject.h"

#include <QAbstractAxis>
#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLegend>
#include <QPaintDevice>
#include <QPainter>
#include <QScreen>
#include <QTextCursor>
#include <QTextDocument>

namespace attend {

namespace {

constexpr int kChartFormat = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kChartSizeProperty = QTextFormat::UserProperty + 2;

// What a document's units and a chart's fonts are laid out at when no printer is involved.
qreal screenDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96.0;
}

QString placeholder(std::size_t index)
{
    return QStringLiteral("@@chart-%1@@").arg(index);
}

} // namespace

ChartTextObject::ChartTextObject(QTextDocument &document) : m_document(document)
{
    document.documentLayout()->registerHandler(kChartFormat, this);
}

ChartTextObject::~ChartTextObject() = default;

// The chart's text in the document's typeface (the Chinese report's Simplified Chinese face).
QString ChartTextObject::add(QChart *chart)
{
    const QStringList families = m_document.defaultFont().families();
    const auto retype = [&](QFont font) {
        font.setFamilies(families);
        return font;
    };
    if (!families.isEmpty()) {
        chart->setTitleFont(retype(chart->titleFont()));
        chart->legend()->setFont(retype(chart->legend()->font()));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(retype(axis->labelsFont()));
            axis->setTitleFont(retype(axis->titleFont()));
        }
    }
    m_charts.emplace_back(chart);
    return placeholder(m_charts.size() - 1);
}

void ChartTextObject::place(QSizeF size)
{
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        QTextCursor cursor = m_document.find(placeholder(i));
        if (cursor.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(kChartFormat);
        format.setProperty(kChartIndex, int(i));
        format.setProperty(kChartSizeProperty, size);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

// In the units of the device the document is laid out for (a printer's dots when printing),
// as Qt's own images are.
QSizeF ChartTextObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiY() / screenDpi() : 1.0;
    return format.property(kChartSizeProperty).toSizeF() * scale;
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    const auto index = std::size_t(format.property(kChartIndex).toInt());
    if (index >= m_charts.size())
        return;
    // Laid out at its size in document units, so its text keeps the size it has on screen, and
    // scaled to the device's rectangle.
    QChart *chart = m_charts[index].get();
    const QSizeF size = format.property(kChartSizeProperty).toSizeF();
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, rect, QRectF(QPointF(0, 0), size));
    painter->restore();
    scene.removeItem(chart); // the chart stays ours, not the scene's
}

} // namespace attend
