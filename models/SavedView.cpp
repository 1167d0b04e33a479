#include "SavedView.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/serialization/version.hpp>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace qw {

namespace {

// The archived form: standard types only, so the archive does not depend on Qt.
struct Record
{
    std::string indicator, period, classification, ramp, overlay, overlayIndicator, labels, title,
        playFrom, playTo;
    int classes = 5;
    bool showFacilities = true;
    std::vector<std::string> facilityKinds, selectedAreas, comparison, mapPanes;
    std::vector<double> breaks;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    unsigned loadedVersion = 0; // the class version a loaded archive was written with

    template<class Archive> void serialize(Archive &ar, const unsigned int version)
    {
        using boost::serialization::make_nvp;
        // Boost hands on whatever version the archive names; a newer one has fields we
        // cannot read, so refuse it rather than guess.
        if (version > SavedView::kVersion)
            throw std::runtime_error("written by a newer version of the program (view version "
                                     + std::to_string(version) + ")");
        loadedVersion = version;
        ar &make_nvp("indicator", indicator);
        ar &make_nvp("period", period);
        ar &make_nvp("classification", classification);
        ar &make_nvp("classes", classes);
        ar &make_nvp("ramp", ramp);
        ar &make_nvp("overlay", overlay);
        ar &make_nvp("overlayIndicator", overlayIndicator);
        ar &make_nvp("labels", labels);
        ar &make_nvp("showFacilities", showFacilities);
        ar &make_nvp("facilityKinds", facilityKinds);
        ar &make_nvp("minX", minX);
        ar &make_nvp("minY", minY);
        ar &make_nvp("maxX", maxX);
        ar &make_nvp("maxY", maxY);
        ar &make_nvp("selectedAreas", selectedAreas);
        if (version >= 2)
            ar &make_nvp("title", title);
        if (version >= 3)
            ar &make_nvp("comparison", comparison);
        if (version >= 4)
            ar &make_nvp("mapPanes", mapPanes);
        if (version >= 5)
            ar &make_nvp("breaks", breaks);
        if (version >= 6) {
            ar &make_nvp("playFrom", playFrom);
            ar &make_nvp("playTo", playTo);
        }
    }
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::vector<std::string> utf8(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

QStringList qs(const std::vector<std::string> &list)
{
    QStringList out;
    for (const std::string &s : list)
        out << QString::fromStdString(s);
    return out;
}

[[noreturn]] void bad(const QString &why)
{
    throw StoreError(
        StoreErrorKind::InvalidContent,
        QCoreApplication::translate("qw::SavedView", "The saved view cannot be read: %1").arg(why));
}

// The fields of a view as Record::serialize reads them for a given class version, and
// whether each is a list.
struct Field
{
    const char *name;
    unsigned since;
    bool list;
};
constexpr Field kFields[] = {
    {"indicator", 0, false},
    {"period", 0, false},
    {"classification", 0, false},
    {"classes", 0, false},
    {"ramp", 0, false},
    {"overlay", 0, false},
    {"overlayIndicator", 0, false},
    {"labels", 0, false},
    {"showFacilities", 0, false},
    {"facilityKinds", 0, true},
    {"minX", 0, false},
    {"minY", 0, false},
    {"maxX", 0, false},
    {"maxY", 0, false},
    {"selectedAreas", 0, true},
    {"title", 2, false},
    {"comparison", 3, true},
    {"mapPanes", 4, true},
    {"breaks", 5, true},
    {"playFrom", 6, false},
    {"playTo", 6, false},
};

// Boost 1.74's XML reader compares a closing tag with the name it expects using the
// length of the tag it read, so a closing tag longer than the expected name reads past
// that name's literal (ASan, found by fuzzing). Before Boost sees the text, the element
// names and their nesting must be exactly those our writer writes, with as many items as
// each list declares; then every tag Boost reads has the name it expects.
class LayoutCheck
{
public:
    explicit LayoutCheck(const QString &text) : m_xml(text) { }

    void run()
    {
        enter("boost_serialization");
        bool ok = false;
        const unsigned library = m_xml.attributes().value(QLatin1String("version")).toUInt(&ok);
        if (!ok)
            fail(QStringLiteral("boost_serialization"));
        enter("view");
        const unsigned version = m_xml.attributes().value(QLatin1String("version")).toUInt(&ok);
        if (!ok || version > SavedView::kVersion)
            fail(QStringLiteral("view"));
        for (const Field &f : kFields) {
            if (f.since > version)
                continue;
            enter(f.name);
            if (f.list)
                list(library);
            else
                leaf();
        }
        leave(); // view
        leave(); // boost_serialization
        while (!m_xml.atEnd())
            if (m_xml.readNext() == QXmlStreamReader::StartElement)
                fail(m_xml.name().toString());
        if (m_xml.hasError())
            fail(m_xml.errorString());
    }

private:
    void enter(const char *name)
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != QLatin1String(name))
            fail(QLatin1String(name));
    }

    // Closes the current element; another element inside it is not ours.
    void leave()
    {
        if (m_xml.readNextStartElement())
            fail(m_xml.name().toString());
        if (m_xml.hasError())
            fail(m_xml.errorString());
    }

    void leaf()
    {
        m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_xml.hasError())
            fail(m_xml.errorString());
    }

    void list(unsigned library)
    {
        enter("count");
        bool ok = false;
        const qulonglong count = m_xml.readElementText().trimmed().toULongLong(&ok);
        if (!ok)
            fail(QStringLiteral("count"));
        // vector.hpp reads an item version from library version 4 on.
        if (library > 3) {
            enter("item_version");
            leaf();
        }
        for (qulonglong i = 0; i < count; ++i) {
            enter("item");
            leaf();
        }
        leave();
    }

    [[noreturn]] void fail(const QString &where)
    {
        bad(QCoreApplication::translate("qw::SavedView",
                                        "its layout is not that of a saved view (at %1, line %2)")
                .arg(where.left(40))
                .arg(m_xml.lineNumber()));
    }

    QXmlStreamReader m_xml;
};

// An archive holds a few short words; anything much larger is not one of ours.
constexpr int kMaxArchiveSize = 1 << 20;

} // namespace
} // namespace qw

BOOST_CLASS_VERSION(qw::Record, qw::SavedView::kVersion)

namespace qw::SavedViewArchive {

QString write(const SavedView &v)
{
    Record r;
    r.indicator = utf8(v.indicator);
    r.period = utf8(v.period);
    r.classification = utf8(v.classification);
    r.classes = v.classes;
    r.ramp = utf8(v.ramp);
    r.overlay = utf8(v.overlay);
    r.overlayIndicator = utf8(v.overlayIndicator);
    r.labels = utf8(v.labels);
    r.showFacilities = v.showFacilities;
    r.facilityKinds = utf8(v.facilityKinds);
    r.minX = v.extent[0];
    r.minY = v.extent[1];
    r.maxX = v.extent[2];
    r.maxY = v.extent[3];
    r.selectedAreas = utf8(v.selectedAreas);
    r.title = utf8(v.title);
    r.comparison = utf8(v.comparison);
    r.mapPanes = utf8(v.mapPanes);
    r.breaks = v.breaks;
    r.playFrom = utf8(v.playFrom);
    r.playTo = utf8(v.playTo);
    std::ostringstream out;
    {
        boost::archive::xml_oarchive archive(out);
        archive << boost::serialization::make_nvp("view", r);
    }
    return QString::fromStdString(out.str());
}

SavedView read(const QString &text, unsigned *version)
{
    const std::string bytes = text.toStdString();
    if (bytes.size() > std::size_t(kMaxArchiveSize))
        bad(QCoreApplication::translate("qw::SavedView", "it is too large (%1 bytes)")
                .arg(bytes.size()));
    // A list's declared length is reserved before its items are read: an archive saying
    // <count>100000000</count> took 3.2 GB. Every item takes at least "<item></item>", so a
    // count beyond what the text can hold is refused before anything is reserved.
    for (std::size_t at = bytes.find("<count>"); at != std::string::npos;
         at = bytes.find("<count>", at + 7)) {
        const std::size_t end = bytes.find("</count>", at);
        const std::string digits =
            bytes.substr(at + 7, end == std::string::npos ? 0 : end - at - 7);
        const double declared = digits.empty() || digits.size() > 18
            ? std::numeric_limits<double>::infinity()
            : std::strtod(digits.c_str(), nullptr);
        if (!(declared <= double(bytes.size()) / 13))
            bad(QCoreApplication::translate("qw::SavedView", "it claims %1 items in %2 bytes")
                    .arg(QString::fromStdString(digits.substr(0, 20)))
                    .arg(bytes.size()));
    }
    LayoutCheck(text).run();
    Record r;
    unsigned found = 0;
    // xml_iarchive's destructor parses the closing tag and throws when it is damaged, and
    // a throwing destructor ends the program. It skips that parse while an exception is in
    // flight, so the archive is always left by throwing: ReadDone on success.
    struct ReadDone
    {
    };
    try {
        std::istringstream in(bytes);
        boost::archive::xml_iarchive archive(in);
        archive >> boost::serialization::make_nvp("view", r);
        found = r.loadedVersion;
        throw ReadDone {};
    } catch (const ReadDone &) {
        // read completely
    } catch (const boost::archive::archive_exception &e) {
        bad(QString::fromUtf8(e.what()));
    } catch (const std::bad_alloc &) {
        bad(QCoreApplication::translate("qw::SavedView", "it claims more data than it holds"));
    } catch (const std::exception &e) {
        bad(QString::fromUtf8(e.what()));
    }
    if (r.classes < 2 || r.classes > 9)
        bad(QCoreApplication::translate("qw::SavedView", "%1 classes (2 to 9 allowed)")
                .arg(r.classes));
    // The rules of ManualBreaks without the data (which the archive does not know).
    const bool manual = r.classification == "manual";
    if (manual && r.breaks.empty())
        bad(QCoreApplication::translate("qw::SavedView", "manual classes without breaks"));
    if (r.breaks.size() > 8)
        bad(QCoreApplication::translate("qw::SavedView", "%1 class breaks (at most 8 allowed)")
                .arg(r.breaks.size()));
    for (std::size_t i = 0; i < r.breaks.size(); ++i)
        if (!std::isfinite(r.breaks[i]) || (i > 0 && !(r.breaks[i] > r.breaks[i - 1])))
            bad(QCoreApplication::translate("qw::SavedView",
                                            "the class breaks do not rise (break %1)")
                    .arg(i + 1));
    // An extent no map has (inf, 1e308, a NaN) never rendered and printed "inf km".
    for (const double c : {r.minX, r.minY, r.maxX, r.maxY})
        if (!std::isfinite(c) || std::abs(c) > 1e8)
            bad(QCoreApplication::translate("qw::SavedView",
                                            "its map extent lies outside any city (%1)")
                    .arg(c));
    SavedView v;
    v.indicator = qs(r.indicator);
    v.period = qs(r.period);
    v.classification = qs(r.classification);
    v.classes = r.classes;
    v.ramp = qs(r.ramp);
    v.overlay = qs(r.overlay);
    v.overlayIndicator = qs(r.overlayIndicator);
    v.labels = qs(r.labels);
    v.showFacilities = r.showFacilities;
    v.facilityKinds = qs(r.facilityKinds);
    v.extent = {r.minX, r.minY, r.maxX, r.maxY};
    v.selectedAreas = qs(r.selectedAreas);
    v.title = qs(r.title);
    v.comparison = qs(r.comparison);
    v.mapPanes = qs(r.mapPanes);
    if (manual)
        v.breaks = r.breaks;
    // A range needs both ends; one end alone is no range the slider could have saved.
    if (r.playFrom.empty() != r.playTo.empty())
        bad(QCoreApplication::translate("qw::SavedView", "a play range with one end only"));
    v.playFrom = qs(r.playFrom);
    v.playTo = qs(r.playTo);
    if (version)
        *version = found;
    return v;
}

} // namespace qw::SavedViewArchive
