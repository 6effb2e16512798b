"""Import-linter contract: the listed packages import only the standard library.

The domain layer of each service holds the business rules; keeping it free of
frameworks and drivers is what lets it be read against the spec and tested without
I/O (docs/adr/0001-workspace-and-layers.md).
"""

import sys

from importlinter import Contract, ContractCheck, fields, output


class StdlibOnlyContract(Contract):
    """Fails when a module under `containers` imports anything outside the stdlib."""

    type_name = "stdlib_only"

    containers = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        """Collect every import from a contained module to a non-stdlib, non-sibling module."""
        offending: list[tuple[str, str]] = []
        for container in self.containers:
            for module in sorted(graph.find_descendants(container) | {container}):
                for imported in sorted(graph.find_modules_directly_imported_by(module)):
                    top = imported.split(".")[0]
                    if top in sys.stdlib_module_names or imported.startswith(container):
                        continue
                    offending.append((module, imported))
        return ContractCheck(kept=not offending, metadata={"offending": offending})

    def render_broken_contract(self, check: ContractCheck) -> None:
        """Print each forbidden import."""
        for module, imported in check.metadata["offending"]:
            output.print_error(
                f"{module} imports {imported} (domain code may import only the standard library)"
            )
