"""diplomatic-kg: news about diplomacy as an RDF knowledge graph with evidence for every fact."""
from __future__ import annotations

__version__ = "0.1.0"

from kg.api import KnowledgeGraph  # noqa: E402
from kg.errors import KGError  # noqa: E402

__all__ = ["KnowledgeGraph", "KGError", "__version__"]
