// The NoC watchdog's error: flits were buffered and none moved for noc.watchdog_cycles. Our
// routing functions are deadlock-free, so this comes from a configuration (route tables that
// form a cycle, a watchdog shorter than a legitimate wait) or from traffic the configuration
// cannot carry: a user error (exit code 2), whose message names the stuck routers and packets.
#pragma once

#include <string>

#include "common/errors.h"
#include "common/types.h"

namespace nm {

class DeadlockError : public UserError {
 public:
  DeadlockError(const std::string& what, Cycle cycle) : UserError(what), cycle_(cycle) {}
  Cycle cycle() const { return cycle_; }  // when the watchdog fired [cycle]

 private:
  Cycle cycle_;
};

}  // namespace nm
