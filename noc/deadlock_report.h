// Text of the watchdog's deadlock error: how long nothing moved, and each stuck router with the
// packets at the heads of its input queues.
#pragma once

#include <string>

#include "common/types.h"

namespace nm {

class Mesh;

// At most the first 16 non-empty routers are listed, then a count of the rest.
std::string describe_deadlock(const Mesh& mesh, Cycle quiet_since, Cycle now);

}  // namespace nm
