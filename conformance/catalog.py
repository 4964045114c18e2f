"""How checks are declared: a ``CheckSet`` per layer or per API, filled with a decorator.

    DESIGN = CheckSet("design")

    @DESIGN.add("api-version", "ADR /core/version-header", "every response carries API-Version")
    def api_version(ctx): ...

The check's id is ``<layer>.<name>``. ``applies`` limits a check to the APIs it makes sense for
(e.g. JWT checks to the APIs that use ZGW JWTs).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from conformance.apis import ApiEntry
from conformance.model import LAYERS, Check


@dataclass(frozen=True)
class _Declared:
    name: str
    layer: str
    rule: str
    title: str
    run: Callable
    mandatory: bool
    needs: tuple[str, ...]
    applies: Callable[[ApiEntry], bool] | None


class CheckSet:
    def __init__(self, layer: str | None = None) -> None:
        if layer is not None and layer not in LAYERS:
            raise ValueError(f"unknown layer {layer!r}")
        self.layer = layer
        self._declared: list[_Declared] = []

    def add(
        self,
        name: str,
        rule: str,
        title: str,
        *,
        layer: str | None = None,
        mandatory: bool = True,
        needs: tuple[str, ...] = (),
        applies: Callable[[ApiEntry], bool] | None = None,
    ) -> Callable[[Callable], Callable]:
        chosen = layer or self.layer
        if chosen not in LAYERS:
            raise ValueError(f"check {name}: give a layer, one of {', '.join(LAYERS)}")
        if any(d.name == name and d.layer == chosen for d in self._declared):
            raise ValueError(f"check {chosen}.{name} is declared twice")

        def register(function: Callable) -> Callable:
            self._declared.append(_Declared(name, chosen, rule, title, function, mandatory, needs, applies))
            return function

        return register

    def checks_for(self, entry: ApiEntry) -> list[Check]:
        return [
            Check(id=f"{d.layer}.{d.name}", layer=d.layer, rule=d.rule, title=d.title, run=d.run,
                  mandatory=d.mandatory, needs=d.needs)
            for d in self._declared
            if d.applies is None or d.applies(entry)
        ]


class Scenarios(CheckSet):
    """The business rules of one API, as scenarios named by their rule codes.

    ``@SCENARIOS.rule("ac-001b", "...")`` declares check ``behaviour.ac-001b``; a scenario that
    tests a security rule of the standard (a zaak above the client's maximum
    vertrouwelijkheidaanduiding) is declared with ``layer="security"``.
    """

    def __init__(self) -> None:
        super().__init__("behaviour")

    def rule(self, code: str, title: str, *, name: str | None = None, **kwargs) -> Callable[[Callable], Callable]:
        return self.add(name or code, code, title, **kwargs)
