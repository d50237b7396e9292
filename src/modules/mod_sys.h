/* mod_sys.h: what the command line sets in the `sys` module after
 * start-up (modsys_init itself is declared in modules.h). */
#ifndef OURO_MOD_SYS_H
#define OURO_MOD_SYS_H

#include "../objects/object.h"

// Makes `argv` (a list of str, borrowed) sys.argv and vm->argv.
// Returns 0, or -1 with an exception pending.
int modsys_set_argv(Vm *vm, Obj *argv);

// Inserts `dir` (a str, borrowed: the script's directory, "" for -c and
// the REPL) at the front of sys.path. Returns 0, or -1.
int modsys_add_path(Vm *vm, Obj *dir);

// The hooks and settings of sys defined in mod_sys_hooks.c (displayhook,
// excepthook, the int digit limit, ...); modsys_init adds them, and keeps
// __displayhook__ and __excepthook__ as the originals.
extern const MethodDef modsys_hook_functions[];

// ---------------------------------------------------------------------------
// Struct sequences (CPython's structseq): tuples whose items are also named
// attributes, for sys.version_info, sys.float_info, sys.flags and
// time.struct_time. A module defines a static TypeObj with `name` set
// and leaves the rest to modsys_structseq_ready.
// ---------------------------------------------------------------------------

// The largest number of fields a struct sequence may have.
#define MODSYS_STRUCTSEQ_MAX 20

// Describes a struct sequence type: its field names, of which the first
// `n_visible` are tuple items (len(), indexing, iteration) and the rest
// attributes only (struct_time's tm_zone and tm_gmtoff). A module keeps
// one in static storage; the type itself is a heap class (a subclass of
// tuple) that the module's dict or the instances own, so it is freed with
// them when the interpreter ends.
typedef struct StructSeqDesc {
    const char *name;   // "struct_time"
    const char *module; // "time": __module__, and the repr's prefix
    const char *const *fields;
    size_t n_visible, n_fields;
    // Filled by modsys_structseq_new_type:
    TypeObj *type; // the type it created last (borrowed)
    GetSetDef getset[MODSYS_STRUCTSEQ_MAX + 1];
    void (*base_dealloc)(Obj *self);
    int (*base_traverse)(Obj *self, GcVisitFn visit, void *arg);
} StructSeqDesc;

// Creates the type of `desc`: a tuple subclass with one read-only
// attribute per field, CPython's repr ("sys.version_info(major=3, ...)")
// and a constructor taking a sequence. NULL with an exception pending.
NEWREF Obj *modsys_structseq_new_type(Vm *vm, StructSeqDesc *desc);

// A new instance of the struct sequence `desc` (its type created) holding
// the `desc->n_fields` items of `items`, whose references it consumes,
// also on failure. A NULL item means its creation failed: NULL is returned.
NEWREF Obj *modsys_structseq_new_steal(Vm *vm, const StructSeqDesc *desc, STEALS Obj **items);

#endif
