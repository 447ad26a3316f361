"""CLI commands contributed by each capability (geo, merge, web, evaluation).

Each module imports `app`, `evaluate_app` or `geo_app` from fogofwar.cli and decorates
its functions; importing the module is enough to register them.
"""
import importlib
import pkgutil


def load_commands() -> None:
    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{mod}")
