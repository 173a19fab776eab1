"""Keep the web engine's start-up chatter out of a normal run's terminal.

QtWebEngine and Qt's graphics stack print lines such as "Failed to load vulkan" or
"Unable to detect GPU vendor" on every start, through Qt's default logging category,
where no logging rule can single them out. They are harmless and read like errors, so
:func:`install_quiet_handler` drops exactly those (by their known beginnings) and passes
every other message on unchanged. ``kiji --verbose`` does not install it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

NOISE_PREFIXES = (
    "Sandboxing disabled by user",
    "Failed to load vulkan",
    "initInstance: No Vulkan library available",
    "Failed to create platform Vulkan instance",
    "Unable to detect GPU vendor",
    "Failed to connect to the bus",
    "Release of profile requested but WebEnginePage still not deleted",
    # Without a GPU (no DRI device) Kiji draws in software; Qt still tries OpenGL once.
    "QXcbIntegration: Cannot create platform",
    "QRhiGles2: Failed to create",
    "Failed to create RHI for backend",
    "GPUInfo not initialized",
)


def is_engine_noise(message: str) -> bool:
    """True for one of the engine's known harmless start-up lines."""
    return message.lstrip().startswith(NOISE_PREFIXES)


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if kind in (QtMsgType.QtInfoMsg, QtMsgType.QtWarningMsg, QtMsgType.QtDebugMsg) and (
        is_engine_noise(message)
    ):
        return
    print(qFormatLogMessage(kind, context, message), file=sys.stderr, flush=True)


def install_quiet_handler() -> None:
    """Route Qt's messages through the filter (for the rest of the process)."""
    qInstallMessageHandler(_handler)
