#include "model/Evaluator.h"
