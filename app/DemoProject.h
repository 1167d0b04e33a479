#pragma once

#include <QString>

namespace qw::DemoProject {

// The demo project's path in the user's data folder, generated there on first use (and
// again when the generator changed). Throws StoreError when it cannot be written.
QString ensure();

} // namespace qw::DemoProject
