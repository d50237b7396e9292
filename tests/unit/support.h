/* support.h: the shared fixture of the Criterion unit tests: one
 * interpreter created before each test and torn down after it. */
#ifndef OURO_TEST_SUPPORT_H
#define OURO_TEST_SUPPORT_H

#include <criterion/criterion.h>

#include "objects/runtime.h"

static Vm *vm;

static void support_setup(void) {
    RtOptions options = {0};
    vm = rt_init(&options);
    cr_assert_not_null(vm, "rt_init failed");
}

static void support_teardown(void) {
    rt_finalize(vm);
    vm = NULL;
}

#define SUPPORT_SUITE(name) TestSuite(name, .init = support_setup, .fini = support_teardown)

#endif
