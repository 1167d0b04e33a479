// Fuzz target: the saved-view archive reader (Boost.Serialization XML from a project's
// qw_saved_views). A damaged or hostile archive must throw StoreError, never crash; an
// archive that reads must write back to one that reads the same.

#include "FuzzCheck.h"
#include "SavedView.h"
#include "StoreError.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qw::SavedView view;
    try {
        view = qw::SavedViewArchive::read(text);
    } catch (const qw::StoreError &) {
        return 0;
    }
    const QString written = qw::SavedViewArchive::write(view);
    qw::SavedView again;
    bool readsBack = true;
    try {
        again = qw::SavedViewArchive::read(written);
    } catch (const qw::StoreError &) {
        readsBack = false;
    }
    QW_FUZZ_CHECK(readsBack);
    return 0;
}
