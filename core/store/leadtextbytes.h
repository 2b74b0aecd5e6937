#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>

namespace lb {

struct Lead;

// A new lead's text fields as UTF-8 in one buffer. An import makes it on its reading thread,
// next to the values it has just parsed; the writing thread, which sets the pace of a bulk
// load, then binds bytes from one place instead of encoding twenty strings that sit in the
// other core's cache, each a cache miss away.
class LeadTextBytes
{
public:
    enum Field
    {
        Email,
        FirstName,
        LastName,
        Phone,
        Title,
        Company,
        CompanyNorm,
        Website,
        Industry,
        ExpectedClose, // ISO date
        Country,
        City,
        Source,
        Notes,
        FieldCount
    };

    void set(const Lead& lead, const QString& companyNorm);
    // Empty for an empty field (stored as NULL).
    QByteArrayView field(Field field) const
    {
        const int start = field == 0 ? 0 : m_ends[size_t(field) - 1];
        return QByteArrayView(m_bytes.constData() + start, m_ends[size_t(field)] - start);
    }

private:
    QByteArray m_bytes;
    std::array<int, FieldCount> m_ends{};
};

} // namespace lb
