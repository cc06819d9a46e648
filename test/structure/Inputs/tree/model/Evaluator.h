#include "solver/Solver.h"
