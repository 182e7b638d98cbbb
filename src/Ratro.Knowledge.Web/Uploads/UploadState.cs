namespace Ratro.Knowledge.Web.Uploads;

/// <summary>Where an uploaded file is on its way through ingestion.</summary>
public enum UploadState
{
    Queued,
    Running,
    Done,
    Failed,
}
