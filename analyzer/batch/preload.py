"""Imported once by the process that local batch workers are forked from: the analysis and its
default pipeline, so that each worker starts with them ready (see ``analyzer.batch.cluster``).

Nothing here may stop that process: a failure only means each worker builds the pipeline itself,
as its plugin does anyway.
"""

try:
    from analyzer.batch.worker import warm_worker

    warm_worker(None)
except Exception:  # noqa: BLE001, S110 - the workers' plugin builds it and reports any error
    pass
