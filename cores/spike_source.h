// The firing rule of a spike-source compartment (core_image.h SourceCompartment), shared by
// both core families: it fires at step t when t is listed, or when its own Poisson stream draws
// a spike (probability > 0). `next` is the caller's cursor into the listed steps.
#pragma once

#include <cstddef>
#include <cstdint>

#include "common/rng.h"
#include "cores/core_image.h"

namespace nm {

bool source_fires(const SourceCompartment& src, std::uint64_t step, std::size_t& next, Rng& rng);

}  // namespace nm
