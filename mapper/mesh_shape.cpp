#include "mapper/mesh_shape.h"

namespace nm {

namespace {

std::uint32_t distance(std::uint32_t a, std::uint32_t b) { return a > b ? a - b : b - a; }

// Appends the links of a straight walk along x (dx) or y (dy) starting at tile (x, y).
void walk_x(std::uint32_t& x, std::uint32_t y, std::uint32_t to, std::uint32_t width,
            std::vector<std::uint32_t>& out) {
  while (x != to) {
    const std::uint32_t dir = to > x ? 0 : 1;
    out.push_back((y * width + x) * 4 + dir);
    x = to > x ? x + 1 : x - 1;
  }
}

void walk_y(std::uint32_t x, std::uint32_t& y, std::uint32_t to, std::uint32_t width,
            std::vector<std::uint32_t>& out) {
  while (y != to) {
    const std::uint32_t dir = to > y ? 2 : 3;
    out.push_back((y * width + x) * 4 + dir);
    y = to > y ? y + 1 : y - 1;
  }
}

}  // namespace

std::uint32_t MeshLayout::hops(CoreId a, CoreId b) const {
  const std::uint32_t ta = tile_of(a), tb = tile_of(b);
  return distance(ta % width, tb % width) + distance(ta / width, tb / width);
}

void MeshLayout::route(CoreId a, CoreId b, std::vector<std::uint32_t>& out) const {
  const std::uint32_t ta = tile_of(a), tb = tile_of(b);
  std::uint32_t x = ta % width, y = ta / width;
  if (yx) {
    walk_y(x, y, tb / width, width, out);
    walk_x(x, y, tb % width, width, out);
  } else {
    walk_x(x, y, tb % width, width, out);
    walk_y(x, y, tb / width, width, out);
  }
}

}  // namespace nm
