#include "GpkgGeometry.h"

#include "StoreError.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstring>

namespace qw::GpkgGeometry {

namespace {

constexpr std::uint32_t WkbPoint = 1;
constexpr std::uint32_t WkbPolygon = 3;
constexpr std::uint32_t WkbMultiPolygon = 6;

class Writer
{
public:
    void u8(std::uint8_t v) { m_data.append(char(v)); }
    void u32(std::uint32_t v) { m_data.append(reinterpret_cast<const char *>(&v), 4); }
    void i32(std::int32_t v) { m_data.append(reinterpret_cast<const char *>(&v), 4); }
    void f64(double v) { m_data.append(reinterpret_cast<const char *>(&v), 8); }
    QByteArray take() { return std::move(m_data); }

private:
    QByteArray m_data;
};

[[noreturn]] void bad(const char *what)
{
    throw StoreError(StoreErrorKind::InvalidContent,
                     QCoreApplication::translate("qw::Store", "Invalid geometry: %1")
                         .arg(QString::fromLatin1(what)));
}

class Reader
{
public:
    Reader(const char *data, int size)
        : m_p(reinterpret_cast<const unsigned char *>(data)), m_end(m_p + size)
    { }
    void need(std::size_t n) const
    {
        if (std::size_t(m_end - m_p) < n)
            bad("truncated geometry blob");
    }
    std::uint8_t u8()
    {
        need(1);
        return *m_p++;
    }
    std::uint32_t u32(bool little)
    {
        need(4);
        std::uint32_t v = little
            ? (m_p[0] | m_p[1] << 8 | m_p[2] << 16 | std::uint32_t(m_p[3]) << 24)
            : (m_p[3] | m_p[2] << 8 | m_p[1] << 16 | std::uint32_t(m_p[0]) << 24);
        m_p += 4;
        return v;
    }
    double f64(bool little)
    {
        need(8);
        unsigned char b[8];
        for (int i = 0; i < 8; ++i)
            b[i] = little ? m_p[i] : m_p[7 - i];
        m_p += 8;
        double v;
        std::memcpy(&v, b, 8);
        return v;
    }
    void skip(std::size_t n)
    {
        need(n);
        m_p += n;
    }
    std::size_t remaining() const { return std::size_t(m_end - m_p); }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
};

void writeHeader(Writer &w, int srsId, const Bounds &b, bool empty)
{
    w.u8('G');
    w.u8('P');
    w.u8(0); // version 1
    // flags: little-endian header, envelope [minx,maxx,miny,maxy] unless empty.
    const std::uint8_t envelope = empty ? 0 : 1;
    w.u8(std::uint8_t((empty ? 0x10 : 0) | (envelope << 1) | 0x01));
    w.i32(srsId);
    if (!empty) {
        w.f64(b.minX);
        w.f64(b.maxX);
        w.f64(b.minY);
        w.f64(b.maxY);
    }
}

// Skips the GeoPackage header and returns nothing; the reader stands at the WKB.
void readHeader(Reader &r)
{
    if (r.u8() != 'G' || r.u8() != 'P')
        bad("missing GP magic");
    r.u8(); // version
    const std::uint8_t flags = r.u8();
    const bool little = flags & 0x01;
    r.u32(little); // srs id
    static const std::size_t envelopeSizes[] = {0, 32, 48, 48, 64};
    const int envelope = (flags >> 1) & 0x07;
    if (envelope > 4)
        bad("unknown envelope type");
    r.skip(envelopeSizes[envelope]);
}

std::uint32_t readType(Reader &r, bool &little)
{
    little = r.u8() == 1;
    std::uint32_t type = r.u32(little);
    // Accept EWKB-less ISO codes only in 2D; Z/M variants are not used for areas.
    if (type > 1000)
        bad("3D or measured geometries are not supported");
    return type;
}

std::vector<double> readRing(Reader &r, bool little)
{
    const std::uint32_t n = r.u32(little);
    r.need(std::size_t(n) * 16);
    std::vector<double> ring;
    ring.reserve(std::size_t(n) * 2);
    for (std::uint32_t i = 0; i < n; ++i) {
        ring.push_back(r.f64(little));
        ring.push_back(r.f64(little));
    }
    return ring;
}

void readPolygonBody(Reader &r, bool little, MultiPolygon &out)
{
    const std::uint32_t rings = r.u32(little);
    r.need(std::size_t(rings) * 4);
    std::vector<std::vector<double>> parts;
    parts.reserve(rings);
    for (std::uint32_t i = 0; i < rings; ++i)
        parts.push_back(readRing(r, little));
    out.addPolygon(parts);
}

} // namespace

QByteArray encode(const MultiPolygon &geometry, int srsId)
{
    Writer w;
    writeHeader(w, srsId, geometry.bounds(), geometry.isEmpty());
    w.u8(1);
    w.u32(WkbMultiPolygon);
    w.u32(std::uint32_t(geometry.polygonCount()));
    for (int p = 0; p < geometry.polygonCount(); ++p) {
        w.u8(1);
        w.u32(WkbPolygon);
        w.u32(std::uint32_t(geometry.ringEnd(p) - geometry.firstRing(p)));
        for (int r = geometry.firstRing(p); r < geometry.ringEnd(p); ++r) {
            const auto c = geometry.ring(r);
            w.u32(std::uint32_t(c.size() / 2));
            for (double v : c)
                w.f64(v);
        }
    }
    return w.take();
}

QByteArray encode(const Point &point, int srsId)
{
    Writer w;
    Bounds b;
    b.include(point.x, point.y);
    writeHeader(w, srsId, b, false);
    w.u8(1);
    w.u32(WkbPoint);
    w.f64(point.x);
    w.f64(point.y);
    return w.take();
}

MultiPolygon decodeMultiPolygon(const char *data, int size)
{
    Reader r(data, size);
    readHeader(r);
    bool little = true;
    const std::uint32_t type = readType(r, little);
    MultiPolygon out;
    if (type == WkbPolygon) {
        readPolygonBody(r, little, out);
    } else if (type == WkbMultiPolygon) {
        const std::uint32_t parts = r.u32(little);
        r.need(std::size_t(parts) * 9);
        for (std::uint32_t i = 0; i < parts; ++i) {
            bool partLittle = true;
            if (readType(r, partLittle) != WkbPolygon)
                bad("multipolygon part is not a polygon");
            readPolygonBody(r, partLittle, out);
        }
    } else {
        bad("expected a polygon or multipolygon");
    }
    out.shrinkToFit();
    return out;
}

Point decodePoint(const char *data, int size)
{
    Reader r(data, size);
    readHeader(r);
    bool little = true;
    if (readType(r, little) != WkbPoint)
        bad("expected a point");
    Point p;
    p.x = r.f64(little);
    p.y = r.f64(little);
    return p;
}

} // namespace qw::GpkgGeometry
